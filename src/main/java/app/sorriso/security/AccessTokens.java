package app.sorriso.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.ProtectedHeader;
import io.jsonwebtoken.UnsupportedJwtException;
import java.security.Key;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.stereotype.Component;

/**
 * Short-lived access tokens: JWTs signed with HS256 that say who the account is and in which role, so a request needs
 * no session and no database lookup. Only HS256 is accepted (never {@code none}, never another algorithm the header
 * might ask for), and issuer, audience, expiry and not-before are all checked.
 */
@Component
class AccessTokens {

    static final String ALGORITHM = "HS256";
    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private final ApiSigningKey signingKey;
    private final ApiTokenProperties properties;
    private final Clock clock;
    private final JwtParser parser;

    AccessTokens(ApiSigningKey signingKey, ApiTokenProperties properties, Clock clock) {
        this.signingKey = signingKey;
        this.properties = properties;
        this.clock = clock;
        this.parser = Jwts.parser()
                .keyLocator(new OnlyExpectedAlgorithm(signingKey))
                .requireIssuer(properties.issuer())
                .requireAudience(properties.audience())
                .clock(() -> Date.from(clock.instant()))
                .clockSkewSeconds(30)
                .build();
    }

    /** A signed token for the account, and when it stops being accepted. */
    Issued issue(UserAccount account) {
        Instant now = clock.instant();
        Instant expires = now.plus(properties.accessLifetime());
        String token = Jwts.builder()
                .header()
                .type("JWT")
                .and()
                .id(UUID.randomUUID().toString())
                .issuer(properties.issuer())
                .audience()
                .add(properties.audience())
                .and()
                .subject(String.valueOf(account.getId()))
                .claim("email", account.getEmail())
                .claim("name", account.getName())
                .claim("role", account.getRole().name())
                .issuedAt(Date.from(now))
                .notBefore(Date.from(now))
                .expiration(Date.from(expires))
                .signWith(signingKey.key(), Jwts.SIG.HS256)
                .compact();
        return new Issued(token, expires);
    }

    /** The person a token speaks for, or an authentication failure that the API answers with 401. */
    ClinicUser verify(String token) {
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            if (claims.getExpiration() == null || claims.getSubject() == null || claims.get("role") == null) {
                throw new UnsupportedJwtException("a token without expiry, subject or role");
            }
            return new ClinicUser(
                    Long.parseLong(claims.getSubject()),
                    claims.get("email", String.class),
                    claims.get("name", String.class),
                    Role.valueOf(claims.get("role", String.class)));
        } catch (ExpiredJwtException expired) {
            throw new CredentialsExpiredException("expired access token", expired);
        } catch (JwtException | IllegalArgumentException refused) {
            // Not a token this app signed as it signs them: worth the operator's attention, without the token itself.
            log.warn("Refused an API token: {}", refused.getClass().getSimpleName());
            throw new BadCredentialsException("invalid access token", refused);
        }
    }

    record Issued(String token, Instant expiresAt) {}

    /** Hands the key over only for the one algorithm this app signs with, before any signature is checked. */
    private static final class OnlyExpectedAlgorithm extends LocatorAdapter<Key> {

        private final ApiSigningKey signingKey;

        OnlyExpectedAlgorithm(ApiSigningKey signingKey) {
            this.signingKey = signingKey;
        }

        @Override
        protected Key locate(ProtectedHeader header) {
            if (!ALGORITHM.equals(header.getAlgorithm())) {
                throw new UnsupportedJwtException("unexpected algorithm");
            }
            return signingKey.key();
        }
    }
}

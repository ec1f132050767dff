package app.sorriso.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The API's logins: an e-mail and password become a short-lived access token and a refresh token. A refresh token is
 * used once; each use hands out a new pair of the same family. A refresh token that comes back after it was replaced
 * was copied, so the whole family is revoked and whoever holds it must log in again.
 */
@Service
public class ApiTokenService {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokens accessTokens;
    private final RefreshTokenRepository refreshTokens;
    private final UserAccountRepository accounts;
    private final ApiTokenProperties properties;
    private final AuthenticationManager passwordCheck;
    private final TransactionOperations transactions;
    private final Clock clock;

    ApiTokenService(
            AccessTokens accessTokens,
            RefreshTokenRepository refreshTokens,
            UserAccountRepository accounts,
            ThrottledPasswordCheck passwordCheck,
            ApiTokenProperties properties,
            AuthenticationEventPublisher events,
            TransactionOperations transactions,
            Clock clock) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.properties = properties;
        this.passwordCheck = passwordCheck(passwordCheck, events);
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Logs in with an e-mail and password from the given address. A wrong password, an unknown e-mail and a disabled
     * account are all the same {@link BadCredentialsException}; too many attempts are a
     * {@link TooManyLoginAttemptsException}; a temporary password still to be replaced is a
     * {@link CredentialsExpiredException} (given only to whoever typed it right). The password is checked outside any
     * transaction of this method: a refusal must not roll back the audit trail's record of the attempt.
     */
    public TokenPair logIn(String email, String password, String address) {
        ClinicUser user;
        try {
            user = (ClinicUser) passwordCheck
                    .authenticate(ThrottledPasswordCheck.attempt(email, password, address))
                    .getPrincipal();
        } catch (TooManyLoginAttemptsException throttled) {
            throw throttled;
        } catch (AuthenticationException refused) {
            throw new BadCredentialsException("invalid credentials");
        }
        if (user.mustChangePassword()) {
            throw new CredentialsExpiredException("temporary password");
        }
        return transactions.execute(status -> {
            UserAccount account = accounts.findById(user.accountId()).orElseThrow();
            refreshTokens.deleteExpired(account.getId(), clock.instant());
            return newPair(account, UUID.randomUUID());
        });
    }

    /**
     * Trades a refresh token for a new pair. Refused (and, for a replaced token, its family revoked, which must stick
     * even though the call fails) when the token is unknown, expired, revoked or already used, or the account can no
     * longer log in.
     */
    @Transactional(noRollbackFor = BadCredentialsException.class)
    public TokenPair refresh(String refreshToken) {
        Instant now = clock.instant();
        RefreshToken stored = refreshTokens.findByTokenHash(hash(refreshToken)).orElseThrow(ApiTokenService::refused);
        if (stored.isRevoked() || stored.isExpired(now)) {
            throw refused();
        }
        if (stored.isReplaced() || refreshTokens.markReplaced(stored.getId(), now) == 0) {
            refreshTokens.revokeFamily(stored.getFamilyId(), now);
            log.warn(
                    "A replaced refresh token of account {} was used again: its family is revoked",
                    stored.getAccountId());
            throw refused();
        }
        UserAccount account = accounts.findById(stored.getAccountId()).orElseThrow(ApiTokenService::refused);
        if (!account.isEnabled() || account.isMustChangePassword()) {
            refreshTokens.revokeFamily(stored.getFamilyId(), now);
            throw refused();
        }
        return newPair(account, stored.getFamilyId());
    }

    /** Ends the login the refresh token belongs to. An unknown token is ignored: there is nothing to end. */
    @Transactional
    public void logOut(String refreshToken) {
        refreshTokens
                .findByTokenHash(hash(refreshToken))
                .ifPresent(stored -> refreshTokens.revokeFamily(stored.getFamilyId(), clock.instant()));
    }

    /**
     * The person an access token speaks for; an {@link AuthenticationException} when it is not a valid one. Needs no
     * database: the signature vouches for what the token says.
     */
    public ClinicUser authenticate(String accessToken) {
        return accessTokens.verify(accessToken);
    }

    private TokenPair newPair(UserAccount account, UUID family) {
        Instant now = clock.instant();
        AccessTokens.Issued access = accessTokens.issue(account);
        String refresh = randomToken();
        Instant refreshExpires = now.plus(properties.refreshLifetime());
        refreshTokens.save(new RefreshToken(account.getId(), family, hash(refresh), now, refreshExpires));
        return new TokenPair(access.token(), access.expiresAt(), refresh, refreshExpires);
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("refresh token refused");
    }

    /** 256 random bits: far too many to guess, so a plain hash (no salt, no slow hashing) protects the stored copy. */
    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The same throttled password check as the login form, publishing the same events, so last-login times and the
     * audit trail of logins and failures cover the API too.
     */
    private static AuthenticationManager passwordCheck(
            ThrottledPasswordCheck passwordCheck, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(passwordCheck);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * What a login or a refresh hands out.
     *
     * @param accessToken the bearer token for API calls
     * @param accessExpiresAt when the access token stops being accepted
     * @param refreshToken the one-use token that gets the next pair
     * @param refreshExpiresAt when the refresh token stops being accepted
     */
    public record TokenPair(
            String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt) {}
}

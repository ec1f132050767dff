package app.sorriso.security;

import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The key that signs and checks the API's tokens, from {@code JWT_SECRET}. In {@code prod} a missing, short or
 * obviously made-up secret stops the start: anyone who knows the key can log in as anyone. Elsewhere a missing
 * secret is replaced by a random key, so tokens simply stop working at the next restart.
 */
@Component
class ApiSigningKey {

    /** HS256 needs a key at least as long as its hash: 256 bits. */
    static final int MIN_BYTES = 32;

    /** Fewer distinct characters than this is a typed pattern ("aaaa…", "1234…"), not a random secret. */
    static final int MIN_DISTINCT_CHARACTERS = 10;

    private static final Logger log = LoggerFactory.getLogger(ApiSigningKey.class);

    private final SecretKey key;

    ApiSigningKey(ApiTokenProperties properties, Environment environment) {
        this.key = keyFor(
                properties.secret(),
                Arrays.asList(environment.getActiveProfiles()).contains("prod"));
    }

    SecretKey key() {
        return key;
    }

    static SecretKey keyFor(String secret, boolean prod) {
        if (secret == null || secret.isBlank()) {
            if (prod) {
                throw new IllegalStateException("JWT_SECRET is not set: the prod profile needs a random secret of at "
                        + "least " + MIN_BYTES + " bytes (for example: openssl rand -base64 48).");
            }
            log.warn("JWT_SECRET is not set: API tokens are signed with a random key and stop working at restart");
            byte[] random = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(random);
            return Keys.hmacShaKeyFor(random);
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException(
                    "JWT_SECRET is too short: it needs at least " + MIN_BYTES + " bytes (256 bits).");
        }
        if (secret.chars().distinct().count() < MIN_DISTINCT_CHARACTERS || looksLikePlaceholder(secret)) {
            throw new IllegalStateException("JWT_SECRET looks like a placeholder, not a random secret "
                    + "(for example: openssl rand -base64 48).");
        }
        return Keys.hmacShaKeyFor(bytes);
    }

    private static boolean looksLikePlaceholder(String secret) {
        String lower = secret.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("change-me") || lower.contains("changeme") || lower.contains("placeholder");
    }
}

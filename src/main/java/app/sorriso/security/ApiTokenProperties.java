package app.sorriso.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the REST API's tokens are made.
 *
 * @param secret the HS256 signing secret ({@code JWT_SECRET}), at least 32 bytes; blank outside {@code prod} means a
 *     random one per start
 * @param issuer who signs the tokens, checked on every token presented
 * @param audience who the tokens are for, checked on every token presented
 * @param accessLifetime how long an access token is accepted
 * @param refreshLifetime how long a refresh token may wait before it is used
 */
@ConfigurationProperties("sorriso.api.tokens")
record ApiTokenProperties(
        String secret,
        @DefaultValue("sorriso") String issuer,
        @DefaultValue("sorriso-api") String audience,
        @DefaultValue("15m") Duration accessLifetime,
        @DefaultValue("30d") Duration refreshLifetime) {}

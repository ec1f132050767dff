package app.sorriso.base.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the ways hosting platforms name a PostgreSQL database into Spring's datasource properties, so operators set
 * one variable. Railway, Heroku and docker-compose give {@code postgresql://${user}:${password}@${host}:${port}/${db}};
 * Railway also sets {@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD} and {@code PGDATABASE}; a JDBC
 * URL passes through. With none of them the embedded database takes over, except in {@code prod}, where that would
 * silently keep patient records on the container's disk, so start-up is refused.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = resolve(environment);
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("sorrisoDatabaseUrl", properties));
        }
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (prod && !StringUtils.hasText(environment.getProperty(URL))) {
            throw new IllegalStateException("The prod profile needs an external PostgreSQL: set DATABASE_URL "
                    + "(postgresql://${user}:${password}@${host}:5432/${database}) or the PG* variables.");
        }
    }

    static Map<String, Object> resolve(ConfigurableEnvironment environment) {
        String databaseUrl = environment.getProperty("DATABASE_URL");
        if (StringUtils.hasText(databaseUrl)) {
            return fromUrl(databaseUrl.trim());
        }
        String host = environment.getProperty("PGHOST");
        if (StringUtils.hasText(host)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put(
                    URL,
                    "jdbc:postgresql://%s:%s/%s"
                            .formatted(
                                    host,
                                    environment.getProperty("PGPORT", "5432"),
                                    environment.getProperty("PGDATABASE", "postgres")));
            putIfPresent(properties, "spring.datasource.username", environment.getProperty("PGUSER"));
            putIfPresent(properties, "spring.datasource.password", environment.getProperty("PGPASSWORD"));
            return properties;
        }
        return Map.of();
    }

    static Map<String, Object> fromUrl(String databaseUrl) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (databaseUrl.startsWith("jdbc:")) {
            properties.put(URL, databaseUrl);
            return properties;
        }
        URI uri = URI.create(databaseUrl);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalStateException("DATABASE_URL must start with postgresql:// or jdbc:postgresql://");
        }
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        properties.put(URL, "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query);
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
            properties.put("spring.datasource.username", decode(user));
            if (colon >= 0) {
                properties.put("spring.datasource.password", decode(userInfo.substring(colon + 1)));
            }
        }
        return properties;
    }

    private static void putIfPresent(Map<String, Object> properties, String key, String value) {
        if (StringUtils.hasText(value)) {
            properties.put(key, value);
        }
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}

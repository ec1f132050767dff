package app.sorriso.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One embedded PostgreSQL per JVM. Tests build several Spring contexts; they all share this server and its
 * database, which keeps a test run to a single start-up of PostgreSQL.
 */
final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;
    private static Path dataDirectory;

    private EmbeddedPostgresServer() {}

    /**
     * Starts the server on first use. A blank directory means a throw-away database in a temporary folder.
     */
    static synchronized EmbeddedPostgres startOnce(String directory) {
        if (server != null) {
            return server;
        }
        try {
            boolean throwAway = directory == null || directory.isBlank();
            dataDirectory = throwAway
                    ? Files.createTempDirectory("sorriso-pg")
                    : Path.of(directory).toAbsolutePath();
            Files.createDirectories(dataDirectory);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwAway)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    static synchronized Path dataDirectory() {
        return dataDirectory;
    }
}

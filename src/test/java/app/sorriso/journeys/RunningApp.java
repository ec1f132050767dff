package app.sorriso.journeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The production jar, started once for all journeys on a free port with a fresh embedded database and the demo
 * clinic, the way a person runs it with {@code ./run.sh}. Stopped when the test JVM ends.
 */
final class RunningApp {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static RunningApp shared;

    private final Process process;
    private final Path log;
    private final int port;

    private RunningApp(Path jar) throws IOException, InterruptedException {
        port = freePort();
        Path work = Files.createTempDirectory("sorriso-journeys");
        log = Path.of("target", "journey-app.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        // every journey logs in from this one machine, more often than a person would
                        "--sorriso.security.login-attempts-per-address=1000")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("SORRISO_DEMO", "true");
        builder.environment().put("SORRISO_DATA_DIR", work.resolve("postgres").toString());
        builder.environment().put("SORRISO_UPLOAD_DIR", work.resolve("uploads").toString());
        builder.environment().remove("DATABASE_URL");
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        awaitDemoData();
    }

    static synchronized RunningApp shared() {
        if (shared == null) {
            Path jar = Path.of(System.getProperty("sorriso.jar", "target/sorriso.jar"));
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: journeys run after `./mvnw package`");
            }
            try {
                shared = new RunningApp(jar);
            } catch (IOException e) {
                throw new IllegalStateException("could not start " + jar, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting " + jar, e);
            }
        }
        return shared;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The demo data is written after the web server starts; the journeys need all of it. */
    private void awaitDemoData() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting; see " + log);
            }
            if (Files.exists(log)
                    && Files.readString(log, StandardCharsets.UTF_8).contains("Demo logins")) {
                return;
            }
            Thread.sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("the app did not finish starting in " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

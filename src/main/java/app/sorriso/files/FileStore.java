package app.sorriso.files;

import app.sorriso.base.ClinicException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bytes on disk. A file arrives into a temporary place while its size is counted and its SHA-256 computed (a file
 * over the limit is cut off there, never kept), then moves under a random key, in folders named after the key's first
 * two characters so that no folder grows huge. Its type is read from the content by Tika's magic-byte detector.
 */
@Component
class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);
    private static final String INCOMING = ".incoming";
    private static final String THUMBNAIL_SUFFIX = ".thumb.jpg";

    private final Path directory;
    private final Tika tika = new Tika();

    FileStore(FilesProperties properties) {
        this.directory = properties.directory().toAbsolutePath().normalize();
    }

    /** What arrived, still in its temporary place. */
    record Incoming(Path path, long size, String sha256) {}

    /** Copies the content to a temporary file, refusing it as soon as it passes {@code maxBytes}. */
    Incoming receive(InputStream content, long maxBytes) {
        try {
            Path incoming = Files.createDirectories(directory.resolve(INCOMING));
            Path part = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha256 = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = content.read(buffer)) != -1; ) {
                    size += read;
                    if (size > maxBytes) {
                        throw new ClinicException("files.too-large", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            } catch (RuntimeException | IOException failed) {
                Files.deleteIfExists(part);
                throw failed;
            }
            return new Incoming(part, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type the content says it is, whatever the file was called. */
    String detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves an accepted file to its place under a new random key, and returns the key. */
    String keep(Incoming incoming) {
        String key = UUID.randomUUID().toString();
        try {
            Path target = path(key);
            Files.createDirectories(target.getParent());
            Files.move(incoming.path(), target, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the image's preview; false (and a warning) when the image cannot be read, which leaves it without one. */
    boolean makeThumbnail(String key) {
        try {
            return Thumbnail.write(path(key), thumbnailPath(key));
        } catch (IOException | RuntimeException unreadable) {
            log.warn("No thumbnail for stored file {}: {}", key, unreadable.toString());
            return false;
        }
    }

    void discard(Incoming incoming) {
        deleteQuietly(incoming.path());
    }

    void delete(String key) {
        deleteQuietly(path(key));
        deleteQuietly(thumbnailPath(key));
    }

    Path path(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key);
    }

    Optional<Path> thumbnail(String key) {
        Path thumbnail = thumbnailPath(key);
        return Files.exists(thumbnail) ? Optional.of(thumbnail) : Optional.empty();
    }

    private Path thumbnailPath(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + THUMBNAIL_SUFFIX);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", path.getFileName(), e.toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}

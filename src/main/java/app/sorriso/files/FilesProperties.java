package app.sorriso.files;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploads live and how big they may be.
 *
 * @param directory where stored files are kept, outside anything the web server serves by itself
 * @param maxSize the largest file accepted, checked on the server while the file arrives
 */
@ConfigurationProperties("sorriso.files")
public record FilesProperties(
        @DefaultValue("data/uploads") Path directory,
        @DefaultValue("20MB") DataSize maxSize) {}

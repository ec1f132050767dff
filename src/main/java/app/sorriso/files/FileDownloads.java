package app.sorriso.files;

import app.sorriso.base.ClinicException;
import app.sorriso.files.FileService.Download;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser's way to a stored file: {@code /files/{id}} (shown in the page; {@code ?download=true} to save it) and
 * {@code /files/{id}/thumbnail}. The session's login decides, through {@link FileService}, exactly as on screen; a
 * file that is not the asker's answers 404, the same as one that does not exist.
 */
@RestController
class FileDownloads {

    static final String PATH = "/files";

    private final FileService files;

    FileDownloads(FileService files) {
        this.files = files;
    }

    @GetMapping(PATH + "/{id}")
    ResponseEntity<Resource> file(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download) {
        Download opened = files.open(id);
        boolean attachment = download || !opened.file().getType().isViewable();
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(opened.file().getOriginalFilename(), StandardCharsets.UTF_8)
                .build();
        // Health data: kept out of shared caches and of the browser's disk cache.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(opened.file().getContentType()))
                .contentLength(opened.file().getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(CacheControl.noStore())
                .body(opened.content());
    }

    @GetMapping(PATH + "/{id}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable long id) {
        return files.thumbnail(id)
                .map(preview -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(
                                CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
                        .body(preview.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(ClinicException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    void notFound() {
        // a file that does not exist, or is someone else's: the same answer, with nothing in it
    }
}

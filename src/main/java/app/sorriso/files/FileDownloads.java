package app.sorriso.files;

import app.sorriso.base.ClinicException;
import app.sorriso.base.i18n.ClinicI18NProvider;
import app.sorriso.base.i18n.LanguagePreference;
import app.sorriso.files.FileService.Download;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser's way to a stored file: {@code /files/{id}} (shown in the page; {@code ?download=true} to save it) and
 * {@code /files/{id}/thumbnail}. The session's login decides, through {@link FileService}, exactly as on screen; a
 * file that is not the asker's answers 404, the same as one that does not exist.
 */
@RestController
class FileDownloads {

    static final String PATH = "/files";

    // Only the bundles' own words go in, so nothing here comes from the request.
    private static final String NOT_FOUND_PAGE = """
            <!doctype html>
            <html lang="%s">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s</title>
            <style>
            body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f3f7f6;
                   font-family: system-ui, sans-serif; color: #1f2937; }
            main { max-width: 28rem; margin: 1.5rem; padding: 2rem; background: #fff; border-radius: 1rem;
                   box-shadow: 0 4px 24px rgba(15, 60, 55, 0.08); }
            h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
            p { line-height: 1.5; margin: 0 0 1.5rem; }
            a { display: inline-block; padding: 0.75rem 1.25rem; border-radius: 0.5rem; background: #0f766e;
                color: #fff; font-weight: 600; text-decoration: none; }
            </style>
            </head>
            <body>
            <main>
            <h1>%s</h1>
            <p>%s</p>
            <a href="/">%s</a>
            </main>
            </body>
            </html>
            """;

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

    /**
     * A file that does not exist, or is someone else's: the same answer. A person who followed a link gets a page in
     * their language saying so and the way back; anything else (an image tag, a script) an empty 404.
     */
    @ExceptionHandler(ClinicException.class)
    ResponseEntity<String> notFound(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        Locale locale = LanguagePreference.of(request);
        ClinicI18NProvider words = new ClinicI18NProvider();
        String page = NOT_FOUND_PAGE.formatted(
                locale.toLanguageTag(),
                words.getTranslation("files.not-found.title", locale),
                words.getTranslation("files.not-found.title", locale),
                words.getTranslation("not-found.text", locale),
                words.getTranslation("not-found.home", locale));
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(page);
    }
}

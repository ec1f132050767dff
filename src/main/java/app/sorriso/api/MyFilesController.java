package app.sorriso.api;

import app.sorriso.files.FileService;
import app.sorriso.files.FileService.Download;
import app.sorriso.files.FileService.NewFile;
import app.sorriso.files.FileType;
import app.sorriso.files.StoredFile;
import app.sorriso.patients.PatientAccountService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/me/files")
@Tag(name = "Patient")
class MyFilesController {

    private final FileService files;
    private final PatientAccountService patients;
    private final Clock clock;

    MyFilesController(FileService files, PatientAccountService patients, Clock clock) {
        this.files = files;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "My exams and files, newest first")
    List<MyFile> list() {
        return files.ofPatient(patients.ownId()).stream().map(this::view).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload an exam (JPEG, PNG, WebP or PDF)",
            description = "The type is read from the file's bytes, not its name; the size limit is the clinic's.")
    MyFile upload(@RequestParam MultipartFile file, @RequestParam(required = false) String description)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return view(
                    files.store(new NewFile(patients.ownId(), null, file.getOriginalFilename(), description, content)));
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download one of my files")
    ResponseEntity<Resource> download(@PathVariable long id) {
        Download opened = files.open(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(opened.file().getContentType()))
                .contentLength(opened.file().getSizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(opened.file().getOriginalFilename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(opened.content());
    }

    private MyFile view(StoredFile file) {
        return new MyFile(
                file.getId(),
                file.getOriginalFilename(),
                file.getType(),
                file.getContentType(),
                file.getSizeBytes(),
                file.getDescription(),
                OffsetDateTime.ofInstant(file.getUploadedAt(), clock.getZone()),
                "/api/v1/me/files/" + file.getId());
    }

    record MyFile(
            long id,
            String name,
            FileType type,
            String contentType,
            long sizeBytes,
            String description,
            OffsetDateTime uploadedAt,
            String downloadUrl) {}
}

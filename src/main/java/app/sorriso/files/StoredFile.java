package app.sorriso.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded file: whose it is (a patient, optionally one treatment step of theirs), what it was called, what it
 * really is, and who sent it when. The bytes live in the file store under a key the server chose; the name is only
 * for showing and for the download's suggested name. Files are kept as sent, never edited, so there is no version.
 */
@Entity
@Table(name = "file_upload")
public class StoredFile {

    public static final int NAME_MAX = 255;
    public static final int DESCRIPTION_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "treatment_step_id")
    private Long treatmentStepId;

    @Column(name = "original_filename", nullable = false, length = NAME_MAX)
    private String originalFilename;

    @Column(name = "storage_key", nullable = false, length = 100, updatable = false)
    private String storageKey;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "has_thumbnail", nullable = false)
    private boolean hasThumbnail;

    protected StoredFile() {}

    StoredFile(
            long patientId,
            Long treatmentStepId,
            String originalFilename,
            String storageKey,
            FileType type,
            long sizeBytes,
            String sha256,
            String description,
            Long uploadedBy,
            Instant uploadedAt,
            boolean hasThumbnail) {
        this.patientId = patientId;
        this.treatmentStepId = treatmentStepId;
        this.originalFilename = originalFilename;
        this.storageKey = storageKey;
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.description = description;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.hasThumbnail = hasThumbnail;
    }

    public Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public Long getTreatmentStepId() {
        return treatmentStepId;
    }

    public String getOriginalFilename() {
        return originalFilename;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getContentType() {
        return contentType;
    }

    public FileType getType() {
        return FileType.of(contentType).orElseThrow();
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getDescription() {
        return description;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean hasThumbnail() {
        return hasThumbnail;
    }

    /** The address that serves the file after checking who asks; never a path on disk. */
    public String url() {
        return FileDownloads.PATH + "/" + id;
    }

    /** The address that saves the file under its name instead of showing it. */
    public String downloadUrl() {
        return url() + "?download=true";
    }

    /** The address of the image's small preview. */
    public String thumbnailUrl() {
        return url() + "/thumbnail";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredFile file && id != null && id.equals(file.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

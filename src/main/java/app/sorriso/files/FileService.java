package app.sorriso.files;

import app.sorriso.audit.AuditAction;
import app.sorriso.audit.AuditService;
import app.sorriso.base.ClinicException;
import app.sorriso.files.FileStore.Incoming;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.security.ClinicUser;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door to stored files: exams a patient sends, X-rays and photos the clinic keeps, attachments of treatment
 * steps. Staff reach every patient's files; a patient reaches only their own, and a file of someone else is answered
 * exactly like a file that does not exist. Each upload and each opening is written to the patient's audit trail.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'RECEPTION', 'DENTIST', 'PATIENT')")
public class FileService {

    private final StoredFileRepository files;
    private final FileStore store;
    private final FilesProperties properties;
    private final PatientAccountService patientAccounts;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FileService(
            StoredFileRepository files,
            FileStore store,
            FilesProperties properties,
            PatientAccountService patientAccounts,
            AuditService audit,
            CurrentUser currentUser,
            TransactionTemplate transaction,
            Clock clock) {
        this.files = files;
        this.store = store;
        this.properties = properties;
        this.patientAccounts = patientAccounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * What is being uploaded, for whom.
     *
     * @param treatmentStepId the step the file documents, or null for a file of the patient's record (an exam)
     * @param originalFilename the name on the sender's device, kept only to show and to name downloads
     */
    public record NewFile(
            long patientId, Long treatmentStepId, String originalFilename, String description, InputStream content) {}

    /**
     * Keeps a file after checking who sends it, its size (while it arrives) and its type (from its bytes). No database
     * connection is held while the bytes arrive, which on a phone can take a while.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public StoredFile store(NewFile file) {
        requireAccess(file.patientId());
        if (file.treatmentStepId() != null && currentUser.hasRole(Role.PATIENT)) {
            throw new ClinicException("error.access-denied");
        }
        Incoming incoming = store.receive(file.content(), properties.maxSize().toBytes());
        try {
            if (incoming.size() == 0) {
                throw new ClinicException("files.empty");
            }
            FileType type = FileType.of(store.detect(incoming.path()))
                    .orElseThrow(() -> new ClinicException("files.type-refused"));
            String key = store.keep(incoming);
            boolean thumbnail = type.isImage() && store.makeThumbnail(key);
            try {
                return transaction.execute(status -> record(file, incoming, key, type, thumbnail));
            } catch (RuntimeException failed) {
                store.delete(key);
                throw failed;
            }
        } finally {
            store.discard(incoming);
        }
    }

    private StoredFile record(NewFile file, Incoming incoming, String key, FileType type, boolean thumbnail) {
        StoredFile saved = files.saveAndFlush(new StoredFile(
                file.patientId(),
                file.treatmentStepId(),
                FileNames.shown(file.originalFilename(), type),
                key,
                type,
                incoming.size(),
                incoming.sha256(),
                file.description() == null || file.description().isBlank()
                        ? null
                        : file.description().strip(),
                currentUser.get().map(ClinicUser::accountId).orElse(null),
                clock.instant(),
                thumbnail));
        audit.record(AuditAction.FILE_UPLOADED, file.patientId(), "file " + saved.getId() + " " + type);
        return saved;
    }

    /** A patient's files, newest first. */
    public List<StoredFile> ofPatient(long patientId) {
        requireAccess(patientId);
        return files.findByPatientIdOrderByUploadedAtDescIdDesc(patientId);
    }

    /** The files attached to one treatment step, in the order they were added. */
    public List<StoredFile> ofStep(long treatmentStepId) {
        List<StoredFile> attached = files.findByTreatmentStepIdOrderByUploadedAtAscIdAsc(treatmentStepId);
        attached.stream().map(StoredFile::getPatientId).distinct().forEach(this::requireAccess);
        return attached;
    }

    /** One file's details, if the person asking may see it. */
    public StoredFile find(long fileId) {
        StoredFile file = files.findById(fileId).orElseThrow(FileService::notFound);
        requireAccess(file.getPatientId());
        return file;
    }

    /** The file's bytes, for showing or downloading; the opening goes into the patient's audit trail. */
    @Transactional
    public Download open(long fileId) {
        StoredFile file = find(fileId);
        audit.record(AuditAction.FILE_OPENED, file.getPatientId(), "file " + file.getId());
        return new Download(file, new FileSystemResource(store.path(file.getStorageKey())));
    }

    /** The image's small preview, if it has one. Previews are not audited: a gallery opens dozens at once. */
    public Optional<Download> thumbnail(long fileId) {
        StoredFile file = find(fileId);
        if (!file.hasThumbnail()) {
            return Optional.empty();
        }
        return store.thumbnail(file.getStorageKey()).map(path -> new Download(file, new FileSystemResource(path)));
    }

    /** The largest file accepted, for upload components to refuse bigger ones before sending them. */
    public long maxSizeBytes() {
        return properties.maxSize().toBytes();
    }

    /** A stored file and its bytes. */
    public record Download(StoredFile file, Resource content) {}

    private void requireAccess(long patientId) {
        if (currentUser.hasRole(Role.PATIENT) && patientAccounts.ownId() != patientId) {
            throw notFound();
        }
    }

    private static ClinicException notFound() {
        return new ClinicException("files.not-found");
    }
}

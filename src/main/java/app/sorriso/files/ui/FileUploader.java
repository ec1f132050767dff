package app.sorriso.files.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.Toasts;
import app.sorriso.files.FileService;
import app.sorriso.files.FileService.NewFile;
import app.sorriso.files.StoredFile;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends photos, X-rays and PDFs to the file store, from the phone's camera or files, or dragged onto it on a desktop,
 * with the upload's own progress bar. The browser refuses what is plainly too big or of another type before sending;
 * the server checks both again, on the bytes, and its refusal is shown on the file and in a toast.
 */
public class FileUploader extends Composite<Upload> {

    private static final List<String> ACCEPTED = List.of(
            "image/jpeg",
            "image/png",
            "image/webp",
            "application/pdf",
            ".jpg",
            ".jpeg",
            ".png",
            ".webp",
            ".pdf",
            ".dcm");

    public FileUploader(FileService files, long patientId, Long treatmentStepId, Consumer<StoredFile> onStored) {
        Upload upload = getContent();
        upload.addClassName("file-uploader");
        upload.setAcceptedFileTypes(ACCEPTED.toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxSizeBytes()));
        upload.setMaxFiles(10);
        upload.setI18n(texts(files.maxSizeBytes()));
        Button choose = new Button(getTranslation("files.upload.choose"), VaadinIcon.CAMERA.create());
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        upload.setUploadButton(choose);
        upload.setUploadHandler(event -> receive(event, files, patientId, treatmentStepId, onStored));
        upload.addFileRejectedListener(rejected -> Toasts.error(rejected.getErrorMessage()));
        // a finished file stays listed only while it matters: the gallery shows it from now on
        upload.addAllFinishedListener(finished -> upload.clearFileList());
    }

    /** Runs on the upload's own request, without the session lock: the screen is updated through the UI's access. */
    private void receive(
            UploadEvent event, FileService files, long patientId, Long stepId, Consumer<StoredFile> onStored) {
        UI ui = event.getUI();
        try {
            StoredFile stored =
                    files.store(new NewFile(patientId, stepId, event.getFileName(), null, event.getInputStream()));
            ui.access(() -> {
                Toasts.success(ui.getTranslation("files.stored", stored.getOriginalFilename()));
                onStored.accept(stored);
            });
        } catch (ClinicException refused) {
            String message = ui.getTranslation(refused.getMessageKey(), refused.getArguments());
            event.reject(message);
            ui.access(() -> Toasts.error(message));
        }
    }

    private UploadI18N texts(long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("files.upload.choose"))
                .setMany(getTranslation("files.upload.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("files.upload.drop"))
                .setMany(getTranslation("files.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("files.upload.too-many"))
                .setFileIsTooBig(getTranslation("files.too-large", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("files.type-refused")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("files.upload.connecting"))
                        .setStalled(getTranslation("files.upload.stalled"))
                        .setProcessing(getTranslation("files.upload.processing"))
                        .setHeld(getTranslation("files.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("files.upload.remaining"))
                        .setUnknown(getTranslation("files.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("files.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("files.upload.refused"))
                        .setForbidden(getTranslation("files.upload.refused"))
                        .setFileTooLarge(getTranslation("files.too-large", maxBytes / (1024 * 1024)))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("files.upload.retry"))
                .setStart(getTranslation("files.upload.start"))
                .setRemove(getTranslation("files.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}

package app.sorriso.treatments.ui;

import app.sorriso.files.FileService;
import app.sorriso.files.StoredFile;
import app.sorriso.files.ui.FileGallery;
import app.sorriso.files.ui.FileUploader;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanOverview.Step;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The photos, X-rays and PDFs of one step: a gallery that opens each one (downloads go through the file store's
 * checks), and for whoever may change the plan, an uploader that takes them from the tablet's camera or files.
 */
class StepAttachments extends Dialog {

    /**
     * @param canAttach whether to offer the uploader (the plan is open and the person may change it)
     * @param changed told after each file stored, so the page can update its counts
     */
    StepAttachments(FileService files, PlanOverview plan, Step step, boolean canAttach, ZoneId zone, Runnable changed) {
        addClassName("step-attachments");
        setHeaderTitle(getTranslation("plan.attachments.title", step.description()));
        FileGallery gallery = new FileGallery(zone);
        gallery.setFiles(files.ofStep(step.id()));
        if (canAttach) {
            add(new FileUploader(files, plan.patientId(), step.id(), stored -> {
                gallery.addFirst(stored);
                changed.run();
            }));
        }
        add(gallery);
        Button close = new Button(getTranslation("tooth.close"), click -> close());
        getFooter().add(close);
    }

    /** How many files each step of the plan has, from one read of the patient's files. */
    static Map<Long, Long> countsOf(FileService files, PlanOverview plan) {
        return files.ofPatient(plan.patientId()).stream()
                .map(StoredFile::getTreatmentStepId)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The paperclip with its count, which opens the step's attachments. */
    static Button button(Step step, long count, Runnable open) {
        Button button = new Button(count == 0 ? null : String.valueOf(count), VaadinIcon.PAPERCLIP.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("step-attachments-button");
        String label = button.getTranslation("plan.attachments.open", step.description(), count);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClickListener(click -> open.run());
        return button;
    }
}

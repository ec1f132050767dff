package app.sorriso.treatments.ui;

import app.sorriso.base.ui.FormDialog;
import app.sorriso.base.ui.Toasts;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.treatments.TreatmentPlanService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;

/**
 * Starts a plan: its patient (given, or found as you type), name, dentist and description; then opens its page, where
 * the steps are added. A dentist's new plan is theirs; the administrator chooses the dentist.
 */
final class NewPlanDialog {

    private NewPlanDialog() {}

    /** @param patientId the patient the plan is for, or null to choose one in the form */
    static void open(
            Component owner,
            Long patientId,
            TreatmentPlanService plans,
            PatientService patients,
            ProfessionalService professionals) {
        List<Professional> dentists = plans.ownProfessionalId()
                .flatMap(professionals::findById)
                .map(List::of)
                .orElseGet(professionals::findActive);
        PlanForm form = new PlanForm(patientId == null ? patients : null, dentists);
        Professional preselected = dentists.size() == 1 ? dentists.getFirst() : null;
        new FormDialog<>(
                        owner.getTranslation("plans.new"),
                        form,
                        form.binder(),
                        draft -> {
                            draft.created(plans.create(draft.toNewPlan()).getId());
                            return draft;
                        },
                        saved -> {
                            Toasts.success(owner.getTranslation("plan.created", saved.getName()));
                            UI.getCurrent().navigate(TreatmentPlanView.class, TreatmentPlanView.of(saved.createdId()));
                        })
                .open(new PlanDraft(patientId, preselected));
    }
}

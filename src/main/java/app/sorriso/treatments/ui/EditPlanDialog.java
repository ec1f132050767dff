package app.sorriso.treatments.ui;

import app.sorriso.base.ui.FormDialog;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.TreatmentPlanService;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A plan's name, description and dentist. Only the administrator hands a plan to another dentist; a dentist's plans
 * stay theirs, so for a dentist the dentist field shows them alone.
 */
final class EditPlanDialog {

    private EditPlanDialog() {}

    static void open(
            Component owner,
            PlanOverview plan,
            TreatmentPlanService plans,
            ProfessionalService professionals,
            Consumer<PlanOverview> saved) {
        boolean administrator = plans.ownProfessionalId().isEmpty();
        List<Professional> dentists = new ArrayList<>(administrator ? professionals.findActive() : List.of());
        Professional current = professionals.findById(plan.professionalId()).orElseThrow();
        if (!dentists.contains(current)) {
            dentists.add(current);
        }
        AtomicReference<PlanOverview> stored = new AtomicReference<>(plan);
        PlanForm form = new PlanForm(null, dentists);
        new FormDialog<>(
                        owner.getTranslation("plan.edit"),
                        form,
                        form.binder(),
                        draft -> {
                            stored.set(plans.describe(plan.id(), plan.version(), draft.toDescription()));
                            return draft;
                        },
                        draft -> saved.accept(stored.get()))
                .open(new PlanDraft(current, plan.name(), plan.description()));
    }
}

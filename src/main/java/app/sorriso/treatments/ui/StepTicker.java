package app.sorriso.treatments.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.Toasts;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.TreatmentPlanService;
import app.sorriso.treatments.TreatmentStepService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Consumer;

/**
 * One tap ticks a step (or unticks it) and saves at once; the toast offers to undo it. Ticking the last step offers
 * to complete the plan. A step someone else changed meanwhile is not overwritten: the screen shows the plan as it now
 * is and says why.
 */
class StepTicker {

    private final TreatmentStepService steps;
    private final TreatmentPlanService plans;
    private final Component owner;
    private final Consumer<PlanOverview> show;

    /** @param show puts the plan as it now stands on screen */
    StepTicker(TreatmentStepService steps, TreatmentPlanService plans, Component owner, Consumer<PlanOverview> show) {
        this.steps = steps;
        this.plans = plans;
        this.owner = owner;
        this.show = show;
    }

    void toggle(PlanOverview plan, PlanOverview.Step step) {
        PlanOverview updated;
        try {
            updated = step.done() ? steps.untick(step.id(), step.version()) : steps.tick(step.id(), step.version());
        } catch (ClinicException refused) {
            Toasts.error(owner.getTranslation(refused.getMessageKey(), refused.getArguments()));
            plans.find(plan.id()).ifPresent(show);
            return;
        }
        show.accept(updated);
        PlanOverview.Step now = updated.step(step.id());
        UndoToast.show(
                owner.getTranslation(now.done() ? "plan.step.ticked" : "plan.step.unticked", now.description()),
                owner.getTranslation("plan.step.undo"),
                () -> toggle(updated, now));
        if (now.done()
                && updated.status() == PlanStatus.IN_PROGRESS
                && updated.progress().isAllDone()) {
            proposeCompletion(updated);
        }
    }

    private void proposeCompletion(PlanOverview plan) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(owner.getTranslation("plan.complete.title"));
        confirm.setText(owner.getTranslation("plan.complete.text", plan.name()));
        confirm.setConfirmText(owner.getTranslation("plan.action.COMPLETED"));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("plan.complete.later"));
        confirm.setConfirmButtonTheme(
                ButtonVariant.LUMO_SUCCESS.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.addConfirmListener(yes -> {
            PlanOverview completed = plans.moveTo(plan.id(), plan.version(), PlanStatus.COMPLETED);
            Toasts.success(owner.getTranslation("plan.moved.COMPLETED", completed.name()));
            show.accept(completed);
        });
        confirm.addClassName("complete-plan-dialog");
        confirm.open();
    }
}

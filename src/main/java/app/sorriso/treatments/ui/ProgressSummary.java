package app.sorriso.treatments.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.treatments.PlanProgress;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** How far a plan has come: a bar, steps done out of all, and the cost done out of the total. */
class ProgressSummary extends Div {

    ProgressSummary(PlanProgress progress, boolean compact) {
        addClassName("progress-summary");
        if (compact) {
            addClassName("compact");
        }
        ProgressBar bar = new ProgressBar(0, 1, progress.fraction());
        bar.addClassName("progress-summary-bar");
        bar.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("plan.progress.steps", progress.stepsDone(), progress.stepsTotal()));
        if (progress.isAllDone()) {
            bar.addClassName("all-done");
        }
        Span steps = new Span(getTranslation(
                compact ? "plan.progress.compact" : "plan.progress.steps",
                progress.stepsDone(),
                progress.stepsTotal()));
        steps.addClassName("progress-summary-steps");
        Span cost = new Span(
                compact
                        ? ClinicFormats.money(progress.costTotal())
                        : getTranslation(
                                "plan.progress.cost",
                                ClinicFormats.money(progress.costDone()),
                                ClinicFormats.money(progress.costTotal())));
        cost.addClassName("progress-summary-cost");
        add(bar, new Div(steps, cost));
    }
}

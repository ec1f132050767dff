package app.sorriso.treatments.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.Tooth;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * What a tap on a tooth opens: the tooth's name and the steps on it (per plan, when it shows several plans), and for
 * whoever may change the plan, a button to add a step on this tooth.
 */
class ToothDialog extends Dialog {

    /**
     * @param plans the plans whose steps on the tooth to list; their names and links show when there are several
     * @param addStep adds a step on this tooth, or null when the person may not
     */
    ToothDialog(int tooth, List<PlanOverview> plans, Runnable addStep) {
        addClassName("tooth-dialog");
        setHeaderTitle(getTranslation("tooth.label", tooth));
        Span name = new Span(ToothNames.of(this, new Tooth(tooth)));
        name.addClassName("tooth-dialog-name");
        Div body = new Div(name);
        body.addClassName("tooth-dialog-body");
        boolean any = false;
        for (PlanOverview plan : plans) {
            List<PlanOverview.Step> steps = plan.stepsOn(tooth);
            if (steps.isEmpty()) {
                continue;
            }
            any = true;
            if (plans.size() > 1) {
                Anchor link = new Anchor(TreatmentPlanView.path(plan.id()), plan.name());
                link.addClassName("tooth-dialog-plan");
                body.add(link);
            }
            steps.forEach(step -> body.add(line(step)));
        }
        if (!any) {
            Span none = new Span(getTranslation("tooth.no-steps"));
            none.addClassName("tooth-dialog-none");
            body.add(none);
        }
        add(body);
        Button close = new Button(getTranslation("tooth.close"), click -> close());
        getFooter().add(close);
        if (addStep != null) {
            Button add = new Button(getTranslation("tooth.add-step"), VaadinIcon.PLUS.create(), click -> {
                close();
                addStep.run();
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(add);
        }
    }

    private Div line(PlanOverview.Step step) {
        Span state = new Span(getTranslation(step.done() ? "plan.step.done" : "plan.step.open"));
        state.addClassNames("status-pill", step.done() ? "positive" : "neutral");
        Span description = new Span(step.description());
        description.addClassName("tooth-dialog-step");
        Div line = new Div(state, description);
        String surfaces = ToothNames.surfaces(this, step.surfaces());
        String details = (surfaces.isEmpty() ? "" : surfaces + " · ") + ClinicFormats.money(step.cost());
        Span detail = new Span(details);
        detail.addClassName("grid-card-line");
        line.add(detail);
        line.addClassName("tooth-dialog-line");
        return line;
    }
}

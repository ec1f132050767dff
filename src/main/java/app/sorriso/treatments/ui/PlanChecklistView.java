package app.sorriso.treatments.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.Toasts;
import app.sorriso.files.FileService;
import app.sorriso.patients.ui.HealthAlerts;
import app.sorriso.security.Roles;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanOverview.Step;
import app.sorriso.treatments.TreatmentPlanService;
import app.sorriso.treatments.TreatmentStepService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * The dentist's checklist for the surgery's tablet: the patient's health alerts on top, then each step as one big
 * row; a tap ticks it (or unticks it) and saves at once, with "undo" in the toast. Ticking the last step offers to
 * complete the plan. Beside each row, the paperclip takes a photo or an X-ray for the step. Only whoever may change
 * the plan ticks; a plan not yet approved shows why nothing can be ticked.
 */
@Route("plans/:id(\\d+)/checklist")
@RolesAllowed({Roles.ADMIN, Roles.DENTIST})
@StyleSheet(TreatmentsStyles.URL)
public class PlanChecklistView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TreatmentPlanService plans;
    private final FileService files;
    private final ZoneId zone;
    private final StepTicker ticker;
    private final Div top = new Div();
    private final Div list = new Div();
    private PlanOverview plan;
    private Map<Long, Long> attachmentCounts = Map.of();

    public PlanChecklistView(TreatmentPlanService plans, TreatmentStepService steps, FileService files, Clock clock) {
        this.plans = plans;
        this.files = files;
        this.zone = clock.getZone();
        this.ticker = new StepTicker(steps, plans, this, this::show);
        addClassNames("view", "checklist-view");
        list.addClassName("checklist");
        add(top, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        PlanOverview found = plans.open(id).orElseThrow(NotFoundException::new);
        if (!plans.canChange(found)) {
            Toasts.error(getTranslation("plan.not-responsible"));
            event.forwardTo(TreatmentPlanView.class, TreatmentPlanView.of(id));
            return;
        }
        show(found);
    }

    private void show(PlanOverview shown) {
        plan = shown;
        top.removeAll();
        RouterLink back = new RouterLink(
                getTranslation("plan.checklist.back"), TreatmentPlanView.class, TreatmentPlanView.of(plan.id()));
        back.addClassName("back-link");
        H1 patient = new H1(plan.patientName());
        Span name = new Span(plan.name());
        name.addClassName("checklist-plan-name");
        Div heading = new Div(patient, name, new PlanStatusPill(plan.status()));
        heading.addClassName("checklist-heading");
        PlanOverview.PatientAlerts alerts = plan.patientAlerts();
        top.add(
                back,
                heading,
                new HealthAlerts(alerts.allergies(), alerts.conditions(), alerts.medications()),
                new ProgressSummary(plan.progress(), false));
        if (!plan.status().allowsTicking()) {
            Div why = new Div(
                    VaadinIcon.INFO_CIRCLE.create(),
                    new Span(getTranslation(plan.status().isOpen() ? "plan.tick.not-approved" : "plan.closed")));
            why.addClassName("checklist-locked");
            top.add(why);
        }
        list.removeAll();
        attachmentCounts = StepAttachments.countsOf(files, plan);
        plan.steps().forEach(step -> list.add(row(step)));
    }

    /** A whole row is the button: a gloved finger cannot miss it. */
    private Component row(Step step) {
        Icon mark = (step.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        mark.addClassName("checklist-mark");
        Span description = new Span(step.description());
        description.addClassName("checklist-description");
        Div text = new Div(description);
        text.addClassName("checklist-text");
        Div details = new Div();
        details.addClassName("checklist-details");
        if (step.tooth() != null) {
            Span tooth = new Span(getTranslation("tooth.label", ToothNames.place(step.tooth(), step.surfaces())));
            tooth.addClassName("tooth-chip");
            details.add(tooth);
        }
        if (step.plannedDate() != null) {
            details.add(new Span(ClinicFormats.date(step.plannedDate())));
        }
        if (step.done()) {
            details.add(new Span(getTranslation(
                    "plan.step.done-on", ClinicFormats.DATE.format(step.doneAt().atZone(zone)))));
        }
        text.add(details);
        if (step.notes() != null) {
            Span notes = new Span(step.notes());
            notes.addClassName("checklist-notes");
            text.add(notes);
        }
        NativeButton row = new NativeButton();
        row.add(mark, text);
        row.addClassNames("checklist-row", step.done() ? "done" : "open");
        row.getElement().setAttribute("aria-pressed", String.valueOf(step.done()));
        row.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(step.done() ? "plan.step.untick" : "plan.step.tick", step.description()));
        row.setEnabled(plan.status().allowsTicking());
        row.addClickListener(click -> ticker.toggle(plan, step));
        Button attach = StepAttachments.button(
                step,
                attachmentCounts.getOrDefault(step.id(), 0L),
                () -> new StepAttachments(files, plan, step, plan.status().isOpen(), zone, () -> show(plan)).open());
        attach.addClassName("checklist-attach");
        Div line = new Div(row, attach);
        line.addClassName("checklist-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        String name = plan == null ? getTranslation("plans.title") : plan.patientName();
        return getTranslation("plan.checklist.title") + " · " + name + " · " + getTranslation("app.name");
    }
}

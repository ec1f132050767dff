package app.sorriso.treatments.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.FormDialog;
import app.sorriso.base.ui.Toasts;
import app.sorriso.files.FileService;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.security.Roles;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanOverview.Step;
import app.sorriso.treatments.PlanPrintout;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.TreatmentPlanService;
import app.sorriso.treatments.TreatmentStepService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * One treatment plan: who and by whom, its progress, the odontogram and the steps with their attachments. Whoever may
 * change the plan (its dentist, the administrator) moves it through its statuses, adds, edits, reorders and removes
 * steps, ticks them and attaches photos and X-rays; everyone else on the staff reads it. Opening it is recorded in the patient's audit trail.
 */
@Route("plans/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.DENTIST, Roles.RECEPTION})
@StyleSheet(TreatmentsStyles.URL)
public class TreatmentPlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TreatmentPlanService plans;
    private final TreatmentStepService steps;
    private final ProfessionalService professionals;
    private final FileService files;
    private final List<PlanPrintout> printouts;
    private final ZoneId zone;
    private final StepTicker ticker;
    private final Div header = new Div();
    private final Div progress = new Div();
    private final Odontogram odontogram = new Odontogram();
    private final StepList stepList;
    private final H2 stepsTitle = new H2();
    private final Button addStep;
    private PlanOverview plan;
    private boolean canChange;

    public TreatmentPlanView(
            TreatmentPlanService plans,
            TreatmentStepService steps,
            ProfessionalService professionals,
            FileService files,
            List<PlanPrintout> printouts,
            Clock clock) {
        this.printouts = printouts;
        this.plans = plans;
        this.steps = steps;
        this.professionals = professionals;
        this.files = files;
        this.zone = clock.getZone();
        this.ticker = new StepTicker(steps, plans, this, this::show);
        addClassNames("view", "plan-view");

        stepList = new StepList(new StepActions(), zone);
        addStep = new Button(
                getTranslation("plan.step.add"),
                VaadinIcon.PLUS.create(),
                click -> openStepForm(StepDraft.fresh(null)));
        addStep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        odontogram.addToothClickListener(this::toothTapped);

        RouterLink back = new RouterLink(getTranslation("plan.back"), TreatmentPlansView.class);
        back.addClassName("back-link");
        progress.addClassNames("card", "plan-progress");
        Div teeth = new Div(odontogram);
        teeth.addClassNames("card", "plan-teeth");
        Div stepsHeading = new Div(stepsTitle, addStep);
        stepsHeading.addClassName("plan-steps-heading");
        Div stepsCard = new Div(stepsHeading, stepList);
        stepsCard.addClassNames("card", "plan-page-steps");
        add(back, header, progress, teeth, stepsCard);
    }

    /** The address of a plan's page, for links from other screens. */
    public static RouteParameters of(long planId) {
        return new RouteParameters("id", String.valueOf(planId));
    }

    static String path(long planId) {
        return "plans/" + planId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show(plans.open(id).orElseThrow(NotFoundException::new));
    }

    private void show(PlanOverview shown) {
        plan = shown;
        canChange = plans.canChange(plan);
        header.removeAll();
        header.add(new PlanHeader(plan, zone, topActions()));
        progress.removeAll();
        progress.add(new ProgressSummary(plan.progress(), false));
        odontogram.show(plan.steps());
        stepsTitle.setText(getTranslation("plan.steps.title", plan.steps().size()));
        addStep.setVisible(canChange && plan.status().isOpen());
        stepList.show(plan, canChange, StepAttachments.countsOf(files, plan));
    }

    private Div topActions() {
        Div actions = new Div();
        actions.addClassName("plan-top-actions");
        if (canChange && plan.status().allowsTicking()) {
            Button checklist = new Button(
                    getTranslation("plan.checklist.open"),
                    VaadinIcon.CHECK_SQUARE_O.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(PlanChecklistView.class, of(plan.id()))));
            checklist.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(checklist);
        }
        printouts.forEach(printout -> actions.add(printout.link(plan)));
        if (canChange && plan.status().isOpen()) {
            actions.add(new Button(getTranslation("plan.edit"), VaadinIcon.EDIT.create(), click -> editPlan()));
            actions.add(new PlanActions(plan, this::moveTo));
        }
        return actions;
    }

    private void toothTapped(int tooth) {
        boolean mayAdd = canChange && plan.status().isOpen();
        if (mayAdd && plan.stepsOn(tooth).isEmpty()) {
            openStepForm(StepDraft.fresh(tooth));
        } else {
            new ToothDialog(tooth, List.of(plan), mayAdd ? () -> openStepForm(StepDraft.fresh(tooth)) : null).open();
        }
    }

    private void openStepForm(StepDraft draft) {
        StepForm form = new StepForm();
        String title = getTranslation(draft.isNew() ? "plan.step.add" : "plan.step.edit");
        new FormDialog<>(
                        title,
                        form,
                        form.binder(),
                        edited -> {
                            plan = edited.isNew()
                                    ? steps.add(plan.id(), edited.content())
                                    : steps.edit(edited.stepId(), edited.version(), edited.content());
                            return edited;
                        },
                        saved -> {
                            Toasts.success(getTranslation("plan.step.saved", saved.getDescription()));
                            show(plan);
                        })
                .open(draft);
    }

    private void confirmRemove(Step step) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("plan.step.remove.title"),
                getTranslation("plan.step.remove.text", step.description()),
                getTranslation("plan.step.remove"),
                yes -> apply(() -> steps.remove(step.id(), step.version())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmButtonTheme(
                ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.open();
    }

    private void moveTo(PlanStatus next) {
        if (apply(() -> plans.moveTo(plan.id(), plan.version(), next))) {
            Toasts.success(getTranslation("plan.moved." + next.name(), plan.name()));
        }
    }

    private void editPlan() {
        EditPlanDialog.open(this, plan, plans, professionals, edited -> {
            Toasts.success(getTranslation("plan.saved", edited.name()));
            show(edited);
        });
    }

    /**
     * Makes a change and shows its result. A refusal (someone else's change meanwhile, a rule) is said in a toast and
     * the plan shown as it now stands, so the screen never keeps offering what is no longer true.
     */
    private boolean apply(Supplier<PlanOverview> change) {
        try {
            show(change.get());
            return true;
        } catch (ClinicException refused) {
            Toasts.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
            plans.find(plan.id()).ifPresent(this::show);
            return false;
        }
    }

    /** What the steps' buttons do on this page. */
    private final class StepActions implements StepList.Actions {

        @Override
        public void tick(Step step) {
            ticker.toggle(plan, step);
        }

        @Override
        public void edit(Step step) {
            openStepForm(StepDraft.of(step));
        }

        @Override
        public void remove(Step step) {
            confirmRemove(step);
        }

        @Override
        public void move(Step step, int place) {
            apply(() -> steps.move(step.id(), place));
        }

        @Override
        public void attachments(Step step) {
            boolean canAttach = canChange && plan.status().isOpen();
            new StepAttachments(files, plan, step, canAttach, zone, () -> show(plan)).open();
        }
    }

    @Override
    public String getPageTitle() {
        String name = plan == null ? getTranslation("plans.title") : plan.name() + " · " + plan.patientName();
        return name + " · " + getTranslation("app.name");
    }
}

package app.sorriso.treatments.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.patients.PatientService;
import app.sorriso.patients.PatientTab;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.TreatmentPlanService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The patient page's plans: each plan as a card with its status and progress, leading to its page, then one
 * odontogram of everything planned and done across the patient's plans (cancelled plans left out).
 */
@SpringComponent
class PlansTab implements PatientTab {

    private final TreatmentPlanService plans;
    private final PatientService patients;
    private final ProfessionalService professionals;
    private final ZoneId zone;

    PlansTab(TreatmentPlanService plans, PatientService patients, ProfessionalService professionals, Clock clock) {
        this.plans = plans;
        this.patients = patients;
        this.professionals = professionals;
        this.zone = clock.getZone();
    }

    @Override
    public String titleKey() {
        return "patient.tab.plans";
    }

    @Override
    public Component content(long patientId) {
        return new Content(patientId);
    }

    @StyleSheet(TreatmentsStyles.URL)
    private final class Content extends Div {

        Content(long patientId) {
            addClassName("plans-tab");
            List<PlanOverview> all = plans.ofPatient(patientId);
            Button create = new Button(
                    getTranslation("plans.new"),
                    VaadinIcon.PLUS.create(),
                    click -> NewPlanDialog.open(this, patientId, plans, patients, professionals));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setVisible(plans.canPlan());
            Div heading = new Div(new H3(getTranslation("plans.tab.count", all.size())), create);
            heading.addClassName("plans-tab-heading");
            add(heading);
            if (all.isEmpty()) {
                EmptyState empty = new EmptyState(VaadinIcon.CLIPBOARD_CHECK);
                empty.show(getTranslation("plans.tab.empty"), getTranslation("plans.tab.empty-hint"));
                add(empty);
                return;
            }
            List<PlanOverview> charted = all.stream()
                    .filter(plan -> plan.status() != PlanStatus.CANCELLED)
                    .toList();
            Odontogram odontogram = new Odontogram();
            odontogram.show(
                    charted.stream().flatMap(plan -> plan.steps().stream()).toList());
            odontogram.addToothClickListener(tooth -> new ToothDialog(tooth, charted, null).open());
            Div teeth = new Div(odontogram);
            teeth.addClassNames("card", "plan-teeth");
            Div cards = new Div();
            cards.addClassName("plans-tab-cards");
            all.forEach(plan -> cards.add(card(plan)));
            add(cards, teeth);
        }

        private Component card(PlanOverview plan) {
            Anchor name = new Anchor(TreatmentPlanView.path(plan.id()), plan.name());
            name.addClassName("plans-tab-plan");
            Div top = new Div(name, new PlanStatusPill(plan.status()));
            top.addClassName("plans-tab-card-top");
            Span who = new Span(plan.professionalName() + " · "
                    + ClinicFormats.DATE.format(plan.createdAt().atZone(zone)));
            who.addClassName("grid-card-line");
            Div card = new Div(top, who, new ProgressSummary(plan.progress(), false));
            card.addClassNames("card", "plans-tab-card");
            return card;
        }
    }
}

package app.sorriso.treatments.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.patients.ui.HealthAlerts;
import app.sorriso.treatments.PlanOverview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Whose plan, by whom, where it stands and since when: the plan's name and status, the patient (a link to their page)
 * with their health alerts, the responsible dentist with their CRO, and the plan's dates.
 */
class PlanHeader extends Div {

    PlanHeader(PlanOverview plan, ZoneId zone, Div actions) {
        addClassName("plan-page-header");
        H1 name = new H1(plan.name());
        Div title = new Div(name, new PlanStatusPill(plan.status()));
        title.addClassName("plan-title");
        Div top = new Div(title, actions);
        top.addClassName("view-header");

        Anchor patient = new Anchor("patients/" + plan.patientId(), plan.patientName());
        patient.addClassName("plan-patient");
        Div meta = new Div(
                labelled("plan.field.patient", patient),
                labelled(
                        "plan.field.professional", new Span(plan.professionalName() + " · " + plan.professionalCro())));
        meta.add(labelled("plan.created-at", new Span(day(plan.createdAt(), zone))));
        if (plan.approvedAt() != null) {
            meta.add(labelled("plan.approved-at", new Span(day(plan.approvedAt(), zone))));
        }
        if (plan.completedAt() != null) {
            meta.add(labelled("plan.completed-at", new Span(day(plan.completedAt(), zone))));
        }
        meta.addClassName("plan-meta");
        add(top, meta);
        if (plan.description() != null) {
            Paragraph description = new Paragraph(plan.description());
            description.addClassName("plan-description");
            add(description);
        }
        PlanOverview.PatientAlerts alerts = plan.patientAlerts();
        add(new HealthAlerts(alerts.allergies(), alerts.conditions(), alerts.medications()));
    }

    private Div labelled(String key, Component value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("field-label");
        value.addClassName("field-value");
        Div field = new Div(label, value);
        field.addClassName("field");
        return field;
    }

    private static String day(Instant instant, ZoneId zone) {
        return ClinicFormats.DATE.format(instant.atZone(zone));
    }
}

package app.sorriso.scheduling.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ClinicProperties;
import app.sorriso.patients.ui.HealthAlerts;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** An appointment opened from the calendar: when, with whom, the patient's alerts, and the steps it allows. */
class AppointmentDetails extends Dialog {

    AppointmentDetails(
            AgendaEntry entry,
            AgendaService agenda,
            ClinicProperties clinic,
            ZoneId zone,
            boolean desk,
            Runnable done) {
        addClassName("appointment-details");
        setHeaderTitle(entry.patientName());
        ZonedDateTime start = entry.startsAt().atZone(zone);
        ZonedDateTime end = entry.endsAt().atZone(zone);

        Span dot = new Span();
        dot.addClassName("color-dot");
        dot.getStyle().set("background", entry.professionalColor());
        Div body = new Div(
                line(
                        VaadinIcon.CLOCK,
                        ClinicFormats.DATE.format(start) + " · " + ClinicFormats.TIME.format(start) + "–"
                                + ClinicFormats.TIME.format(end)),
                line(dot, entry.professionalName()),
                new StatusPill(entry.status()));
        body.addClassName("appointment-details-body");
        if (entry.patientHasHealthAlerts()) {
            body.add(new HealthAlerts(entry.patientAllergies(), entry.patientConditions(), entry.patientMedications()));
        }
        if (entry.notes() != null) {
            body.add(line(VaadinIcon.NOTEBOOK, entry.notes()));
        }
        Anchor record = new Anchor("patients/" + entry.patientId(), getTranslation("agenda.open-patient"));
        record.addClassName("appointment-details-link");
        body.add(record);
        add(body);

        AppointmentActions actions = new AppointmentActions(entry, agenda, clinic, zone, desk, () -> {
            close();
            done.run();
        });
        Button close = new Button(getTranslation("agenda.close"), click -> close());
        getFooter().add(actions, close);
    }

    private Component line(VaadinIcon icon, String text) {
        return line(icon.create(), text);
    }

    private Component line(Component mark, String text) {
        Div line = new Div(mark, new Span(text));
        line.addClassName("appointment-details-line");
        return line;
    }
}

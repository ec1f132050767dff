package app.sorriso.scheduling.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ClinicProperties;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;

/**
 * Patients' requests across all coming days, above the day's grid, so none waits unseen because it is for next week:
 * each one is approved (booked) or declined with a reason in one step.
 */
class PendingRequests extends Details {

    private final AgendaService agenda;
    private final ClinicProperties clinic;
    private final ZoneId zone;
    private final Runnable changed;
    private final Div list = new Div();

    PendingRequests(AgendaService agenda, ClinicProperties clinic, ZoneId zone, Runnable changed) {
        this.agenda = agenda;
        this.clinic = clinic;
        this.zone = zone;
        this.changed = changed;
        addClassName("pending-requests");
        list.addClassName("pending-list");
        add(list);
    }

    void refresh() {
        List<AgendaEntry> requests = agenda.pendingRequests();
        setSummaryText(getTranslation("requests.pending", requests.size()));
        setVisible(!requests.isEmpty());
        // A handful is shown at once; a long backlog stays folded so the day itself remains in view.
        setOpened(!requests.isEmpty() && requests.size() <= 5);
        list.removeAll();
        for (AgendaEntry request : requests) {
            Span when =
                    new Span(ClinicFormats.DATE_TIME.format(request.startsAt().atZone(zone)));
            when.addClassName("pending-when");
            Anchor patient = new Anchor("patients/" + request.patientId(), request.patientName());
            Span professional = new Span(request.professionalName());
            professional.addClassName("grid-card-line");
            Div row = new Div(
                    when, patient, professional, new AppointmentActions(request, agenda, clinic, zone, true, changed));
            row.addClassName("pending-row");
            list.add(row);
        }
    }
}

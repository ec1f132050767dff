package app.sorriso.scheduling.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ClinicProperties;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.patients.ui.HealthAlerts;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A dentist's day on the surgery's tablet: the patients still to see first, in order, each with their health alerts
 * in sight and one tap to their record; the ones already seen (or missed) below.
 */
@Route("my-day")
@Menu(title = "my-day.title", order = 1, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.DENTIST)
public class MyDayView extends Div implements HasDynamicTitle {

    private final AgendaService agenda;
    private final ClinicProperties clinic;
    private final ZoneId zone;
    private final Div list = new Div();

    public MyDayView(AgendaService agenda, ClinicProperties clinic, Clock clock) {
        this.agenda = agenda;
        this.clinic = clinic;
        this.zone = clock.getZone();
        addClassNames("view", "my-day-view");
        list.addClassName("my-day-list");
        Span date = new Span(ClinicFormats.DATE.format(agenda.today()));
        date.addClassName("view-count");
        Div header = new Div(new H1(getTranslation("my-day.title")), date);
        header.addClassName("view-header");
        add(header, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<AgendaEntry> day = agenda.day(agenda.today(), null).stream()
                .sorted(Comparator.comparing((AgendaEntry entry) -> !entry.isOpen())
                        .thenComparing(AgendaEntry::startsAt))
                .toList();
        if (day.isEmpty()) {
            EmptyState empty = new EmptyState(VaadinIcon.COFFEE);
            empty.show(getTranslation("my-day.empty"), getTranslation("my-day.empty-hint"));
            list.add(empty);
            return;
        }
        boolean first = true;
        for (AgendaEntry entry : day) {
            list.add(card(entry, first && entry.isOpen()));
            first = false;
        }
    }

    private Component card(AgendaEntry entry, boolean next) {
        Span time = new Span(ClinicFormats.TIME.format(entry.startsAt().atZone(zone)));
        time.addClassName("my-day-time");
        Anchor name = new Anchor("patients/" + entry.patientId(), entry.patientName());
        name.addClassName("my-day-patient");
        Div heading = new Div(time, name, new StatusPill(entry.status()));
        heading.addClassName("my-day-heading");

        Div card = new Div(heading);
        card.addClassNames("card", "my-day-card");
        if (next) {
            Span badge = new Span(getTranslation("my-day.next"));
            badge.addClassName("pill");
            card.addComponentAsFirst(badge);
            card.addClassName("next");
        }
        if (entry.patientHasHealthAlerts()) {
            card.add(new HealthAlerts(entry.patientAllergies(), entry.patientConditions(), entry.patientMedications()));
        }
        if (entry.notes() != null) {
            Span notes = new Span(entry.notes());
            notes.addClassName("grid-card-line");
            card.add(notes);
        }
        card.add(new AppointmentActions(entry, agenda, clinic, zone, false, this::refresh));
        if (!entry.isOpen()) {
            card.addClassName("done");
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-day.title") + " · " + getTranslation("app.name");
    }
}

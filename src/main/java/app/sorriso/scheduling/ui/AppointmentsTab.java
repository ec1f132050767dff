package app.sorriso.scheduling.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.patients.PatientTab;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The patient page's appointments: what is coming (soonest first), then the history (latest first). */
@SpringComponent
class AppointmentsTab implements PatientTab {

    private final AgendaService agenda;
    private final Clock clock;

    AppointmentsTab(AgendaService agenda, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "patient.tab.appointments";
    }

    @Override
    public Component content(long patientId) {
        Instant now = clock.instant();
        List<AgendaEntry> all = agenda.ofPatient(patientId);
        List<AgendaEntry> upcoming = all.stream()
                .filter(entry -> entry.startsAt().isAfter(now))
                .sorted(Comparator.comparing(AgendaEntry::startsAt))
                .toList();
        List<AgendaEntry> past =
                all.stream().filter(entry -> !entry.startsAt().isAfter(now)).toList();
        Div tab = new Div();
        tab.addClassName("appointments-tab");
        H3 coming = new H3(tab.getTranslation("appointments.upcoming", upcoming.size()));
        H3 history = new H3(tab.getTranslation("appointments.past", past.size()));
        tab.add(coming, grid(upcoming), history, grid(past));
        return tab;
    }

    private Grid<AgendaEntry> grid(List<AgendaEntry> entries) {
        Grid<AgendaEntry> grid = new Grid<>();
        grid.addClassName("data-grid");
        grid.setAllRowsVisible(entries.size() <= 8);
        grid.addColumn(entry -> ClinicFormats.DATE_TIME.format(entry.startsAt().atZone(clock.getZone())))
                .setHeader(grid.getTranslation("today.time"))
                .setAutoWidth(true);
        grid.addColumn(AgendaEntry::professionalName).setHeader(grid.getTranslation("today.professional"));
        grid.addComponentColumn(entry -> new StatusPill(entry.status()))
                .setHeader(grid.getTranslation("today.status"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.notes() == null ? "" : entry.notes())
                .setHeader(grid.getTranslation("today.notes"));
        grid.setItems(entries);
        return grid;
    }
}

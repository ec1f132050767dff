package app.sorriso.scheduling.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ClinicProperties;
import app.sorriso.base.ui.DatePickers;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.base.ui.ResponsiveGrid;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import app.sorriso.scheduling.AppointmentService;
import app.sorriso.scheduling.AppointmentStatus;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** The desk's day: every appointment with its patient, professional, time and status, and one click per step. */
@Route("today")
@Menu(title = "today.title", order = 1, icon = "vaadin:calendar-user")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION})
public class TodayView extends Div implements HasDynamicTitle {

    private final AgendaService agenda;
    private final Clock clock;
    private final List<Professional> team;
    private final ClinicProperties clinic;
    private final ZoneId zone;
    private final DatePicker day = new DatePicker();
    private final DeskBooking booking;
    private final PendingRequests requests;
    private final Select<Professional> professional = new Select<>();
    private final Select<AppointmentStatus> status = new Select<>();
    private final Grid<AgendaEntry> grid = new Grid<>();
    private final Span summary = new Span();
    private final EmptyState empty = new EmptyState(VaadinIcon.CALENDAR_O);

    public TodayView(
            AgendaService agenda,
            ProfessionalService professionals,
            ClinicProperties clinic,
            Clock clock,
            AppointmentService appointments,
            PatientService patients,
            CurrentUser currentUser) {
        this.agenda = agenda;
        this.clock = clock;
        this.team = professionals.findActive();
        this.booking = new DeskBooking(this, appointments, patients, currentUser, team, clock.getZone());
        this.clinic = clinic;
        this.zone = clock.getZone();
        addClassNames("view", "today-view");

        summary.addClassName("view-count");
        Button book = new Button(getTranslation("booking.new"), VaadinIcon.PLUS.create(), click -> book());
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H1(getTranslation("today.title")), summary, book);
        header.addClassName("view-header");
        requests = new PendingRequests(agenda, clinic, zone, this::refresh);
        add(header, requests, toolbar(team), grid, empty);
        configureGrid();
        day.setValue(agenda.today());
    }

    private Component toolbar(List<Professional> team) {
        day.setLabel(getTranslation("today.day"));
        day.setI18n(DatePickers.brazilian(this));
        day.addValueChangeListener(change -> refresh());
        Button previous = new Button(
                VaadinIcon.ANGLE_LEFT.create(),
                click -> day.setValue(day.getValue().minusDays(1)));
        previous.setAriaLabel(getTranslation("today.previous"));
        Button next = new Button(
                VaadinIcon.ANGLE_RIGHT.create(),
                click -> day.setValue(day.getValue().plusDays(1)));
        next.setAriaLabel(getTranslation("today.next"));
        Button today = new Button(getTranslation("today.today"), click -> day.setValue(agenda.today()));
        for (Button button : new Button[] {previous, next, today}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }

        professional.setLabel(getTranslation("today.professional"));
        professional.setItems(team);
        professional.setEmptySelectionAllowed(true);
        professional.setEmptySelectionCaption(getTranslation("today.all-professionals"));
        professional.setItemLabelGenerator(
                value -> value == null ? getTranslation("today.all-professionals") : value.getName());
        professional.addValueChangeListener(change -> refresh());

        status.setLabel(getTranslation("today.status"));
        status.setItems(AppointmentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("today.all-statuses"));
        status.setItemLabelGenerator(value ->
                value == null ? getTranslation("today.all-statuses") : getTranslation(StatusPill.messageKey(value)));
        status.addValueChangeListener(change -> refresh());

        Div dayNavigation = new Div(previous, day, next, today);
        dayNavigation.addClassName("day-navigation");
        Div toolbar = new Div(dayNavigation, professional, status);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.addClassName("data-grid");
        Grid.Column<AgendaEntry> time = grid.addColumn(this::time)
                .setHeader(getTranslation("today.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<AgendaEntry> patient = grid.addComponentColumn(this::patient)
                .setHeader(getTranslation("today.patient-and-professional"))
                .setFlexGrow(2);
        Grid.Column<AgendaEntry> state = grid.addComponentColumn(entry -> new StatusPill(entry.status()))
                .setHeader(getTranslation("today.status"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        Grid.Column<AgendaEntry> actions = grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("today.actions"))
                .setWidth("17rem")
                .setFlexGrow(0);
        Grid.Column<AgendaEntry> card = grid.addComponentColumn(this::card).setHeader(getTranslation("today.title"));
        ResponsiveGrid.switchColumns(grid, card, List.of(time, patient, state, actions));
    }

    private void refresh() {
        if (day.getValue() == null) {
            return;
        }
        requests.refresh();
        Professional chosen = professional.getValue();
        List<AgendaEntry> entries = agenda.day(day.getValue(), chosen == null ? null : chosen.getId()).stream()
                .filter(entry -> status.getValue() == null || entry.status() == status.getValue())
                .toList();
        grid.setItems(entries);
        long open = entries.stream().filter(AgendaEntry::isOpen).count();
        summary.setText(
                getTranslation("today.summary", entries.size(), open, ClinicFormats.DATE.format(day.getValue())));
        grid.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
        if (entries.isEmpty()) {
            empty.show(getTranslation("today.empty"), getTranslation("today.empty-hint"));
        }
    }

    private void book() {
        booking.open(suggestedStart(), professional.getValue(), booked -> {
            day.setValue(booked.getStartsAt().toLocalDate());
            refresh();
        });
    }

    /** The next half hour when booking for today, the start of the morning on another day. */
    private LocalDateTime suggestedStart() {
        if (!day.getValue().equals(agenda.today())) {
            return day.getValue().atTime(8, 0);
        }
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        return now.plusMinutes(30 - now.getMinute() % 30);
    }

    private String time(AgendaEntry entry) {
        return ClinicFormats.TIME.format(entry.startsAt().atZone(zone)) + "–"
                + ClinicFormats.TIME.format(entry.endsAt().atZone(zone));
    }

    /** The patient, and under the name the professional, so the grid still reads well on a tablet. */
    private Component patient(AgendaEntry entry) {
        Anchor name = new Anchor("patients/" + entry.patientId(), entry.patientName());
        Div cell = new Div(name);
        cell.addClassName("name-cell");
        Div both = new Div(cell, professional(entry));
        both.addClassName("patient-and-professional");
        if (entry.patientHasHealthAlerts()) {
            var alert = VaadinIcon.EXCLAMATION_CIRCLE.create();
            alert.addClassName("alert-icon");
            alert.setTooltipText(getTranslation("patient.health-alerts"));
            cell.addComponentAsFirst(alert);
        }
        return both;
    }

    private Component professional(AgendaEntry entry) {
        Span dot = new Span();
        dot.addClassName("color-dot");
        dot.getStyle().set("background", entry.professionalColor());
        Div cell = new Div(dot, new Span(entry.professionalName()));
        cell.addClassNames("name-cell", "grid-card-line");
        return cell;
    }

    private Component actions(AgendaEntry entry) {
        return new AppointmentActions(entry, agenda, clinic, zone, true, this::refresh);
    }

    private Component card(AgendaEntry entry) {
        Span title = new Span(time(entry) + " · " + entry.patientName());
        title.addClassName("grid-card-title");
        Span line = new Span(entry.professionalName());
        line.addClassName("grid-card-line");
        Div card = new Div(title, line, new StatusPill(entry.status()), actions(entry));
        card.addClassName("grid-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("today.title") + " · " + getTranslation("app.name");
    }
}

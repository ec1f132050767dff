package app.sorriso.scheduling.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ClinicProperties;
import app.sorriso.base.ui.ClinicCalendar;
import app.sorriso.base.ui.ClinicCalendar.Entry;
import app.sorriso.base.ui.ClinicCalendar.Hours;
import app.sorriso.base.ui.ClinicCalendar.Shade;
import app.sorriso.base.ui.Toasts;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.TimeOff;
import app.sorriso.professionals.TimeOffService;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import app.sorriso.scheduling.AppointmentService;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clinic's calendar: a week of every professional (a dentist sees their own), coloured per professional, their
 * working hours lit and time off greyed. The desk selects a free stretch to book, clicks an appointment to act on
 * it, and drags or resizes to reschedule; the service has the last word and a refused move snaps back.
 */
@Route("agenda")
@Menu(title = "agenda.title", order = 2, icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION, Roles.DENTIST})
public class AgendaView extends Div implements HasDynamicTitle {

    private static final Set<String> OVERRIDABLE = Set.of("appointment.outside-hours", "appointment.time-off");

    private final AgendaService agenda;
    private final AppointmentService appointments;
    private final TimeOffService timeOff;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean desk;
    private final List<Professional> team;
    private final Set<Long> shown = new LinkedHashSet<>();
    private final Map<Long, Button> chips = new LinkedHashMap<>();
    private final ClinicCalendar calendar;
    private final DeskBooking booking;

    public AgendaView(
            AgendaService agenda,
            AppointmentService appointments,
            ProfessionalService professionals,
            TimeOffService timeOff,
            PatientService patients,
            ClinicProperties clinic,
            CurrentUser currentUser,
            Clock clock) {
        this.agenda = agenda;
        this.appointments = appointments;
        this.timeOff = timeOff;
        this.clinic = clinic;
        this.clock = clock;
        this.zone = clock.getZone();
        this.desk = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.RECEPTION);
        this.team = visibleTeam(professionals, agenda);
        this.booking = new DeskBooking(this, appointments, patients, currentUser, team, zone);
        addClassNames("view", "agenda-view");

        calendar = new ClinicCalendar(new ClinicCalendar.Source() {
            @Override
            public List<Entry> entries(LocalDateTime start, LocalDateTime end) {
                return agenda.range(start, end, shown).stream()
                        .filter(entry -> entry.status().holdsTime())
                        .map(AgendaView.this::entry)
                        .toList();
            }

            @Override
            public List<Shade> shades(LocalDateTime start, LocalDateTime end) {
                return timeOff(start, end);
            }
        });
        calendar.onClick(id -> details(Long.parseLong(id)));
        if (desk) {
            calendar.onSelect(this::book);
            calendar.onMove(this::move);
        }

        Div header = new Div(new H1(getTranslation("agenda.title")));
        header.addClassName("view-header");
        if (desk) {
            Button book = new Button(getTranslation("booking.new"), VaadinIcon.PLUS.create(), click -> book());
            book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(book);
        }
        add(header);
        if (team.size() > 1) {
            add(filter());
        }
        add(calendar);
    }

    /** A dentist's calendar holds only their own appointments, so only they are listed and filtered on. */
    private static List<Professional> visibleTeam(ProfessionalService professionals, AgendaService agenda) {
        List<Professional> active = professionals.findActive();
        return agenda.ownProfessional()
                .map(own -> active.stream().filter(p -> p.getId().equals(own)).toList())
                .orElse(active);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        calendar.configure(getLocale(), LocalDateTime.now(clock), hours(), desk);
    }

    /** One chip per professional in their colour: none pressed shows everyone, pressed ones show only them. */
    private Component filter() {
        Div filter = new Div();
        filter.addClassName("agenda-filter");
        filter.getElement().setAttribute("role", "group");
        filter.getElement().setAttribute("aria-label", getTranslation("agenda.filter"));
        for (Professional professional : team) {
            Span dot = new Span();
            dot.addClassName("color-dot");
            dot.getStyle().set("background", professional.getColor());
            Button chip = new Button(professional.getName(), dot, click -> toggle(professional.getId()));
            chip.addClassName("agenda-chip");
            chip.getElement().setAttribute("aria-pressed", "false");
            chips.put(professional.getId(), chip);
            filter.add(chip);
        }
        return filter;
    }

    private void toggle(long professionalId) {
        if (!shown.remove(professionalId)) {
            shown.add(professionalId);
        }
        chips.forEach((id, chip) -> {
            boolean pressed = shown.contains(id);
            chip.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
            chip.getElement().getClassList().set("pressed", pressed);
        });
        calendar.refresh(hours());
    }

    private List<Professional> shownTeam() {
        return shown.isEmpty()
                ? team
                : team.stream().filter(p -> shown.contains(p.getId())).toList();
    }

    private List<Hours> hours() {
        return shownTeam().stream()
                .flatMap(professional -> professional.getWorkingHours().stream())
                .map(period -> new Hours(period.dayOfWeek(), period.startTime(), period.endTime()))
                .toList();
    }

    private List<Shade> timeOff(LocalDateTime start, LocalDateTime end) {
        Map<Long, String> names = new LinkedHashMap<>();
        shownTeam().forEach(professional -> names.put(professional.getId(), professional.getName()));
        return timeOff
                .overlapping(
                        names.keySet(),
                        start.atZone(zone).toInstant(),
                        end.atZone(zone).toInstant())
                .stream()
                .map(away -> new Shade(title(names.get(away.getProfessionalId()), away), wall(away), wallEnd(away)))
                .toList();
    }

    private String title(String name, TimeOff away) {
        return away.getReason() == null
                ? getTranslation("agenda.time-off", name)
                : getTranslation("agenda.time-off.reason", name, away.getReason());
    }

    private LocalDateTime wall(TimeOff away) {
        return LocalDateTime.ofInstant(away.getStartsAt(), zone);
    }

    private LocalDateTime wallEnd(TimeOff away) {
        return LocalDateTime.ofInstant(away.getEndsAt(), zone);
    }

    private Entry entry(AgendaEntry appointment) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("professional", appointment.professionalName());
        details.put("status", appointment.status().name().toLowerCase(java.util.Locale.ROOT));
        details.put("statusLabel", getTranslation(StatusPill.messageKey(appointment.status())));
        details.put("alert", appointment.patientHasHealthAlerts());
        return new Entry(
                Long.toString(appointment.id()),
                appointment.patientName(),
                LocalDateTime.ofInstant(appointment.startsAt(), zone),
                LocalDateTime.ofInstant(appointment.endsAt(), zone),
                appointment.professionalColor(),
                desk && appointment.status().canMove(),
                appointment.version(),
                details);
    }

    private void book() {
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        book(now.plusMinutes(30 - now.getMinute() % 30), null);
    }

    private void book(LocalDateTime start, LocalDateTime end) {
        Integer minutes =
                end == null ? null : nearestLength(Duration.between(start, end).toMinutes());
        booking.open(start, minutes, shown.size() == 1 ? only() : null, booked -> calendar.refresh(hours()));
    }

    private Professional only() {
        return team.stream().filter(p -> shown.contains(p.getId())).findFirst().orElse(null);
    }

    private static int nearestLength(long minutes) {
        return BookingForm.LENGTHS.stream()
                .min(Comparator.comparingLong(length -> Math.abs(length - minutes)))
                .orElseThrow();
    }

    /** A drag or resize: true when it stood. A move outside working hours is asked about, as a booking is. */
    private boolean move(String id, long version, LocalDateTime start, LocalDateTime end) {
        try {
            reschedule(Long.parseLong(id), version, start, end, false);
            return true;
        } catch (ClinicException refusal) {
            if (OVERRIDABLE.contains(refusal.getMessageKey())) {
                askToOverride(Long.parseLong(id), version, start, end, refusal);
            } else {
                Toasts.error(getTranslation(refusal.getMessageKey(), refusal.getArguments()));
            }
            return false;
        }
    }

    private void askToOverride(long id, long version, LocalDateTime start, LocalDateTime end, ClinicException why) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("agenda.override.title"),
                getTranslation(why.getMessageKey()) + " " + getTranslation("booking.override.text"),
                getTranslation("agenda.override.confirm"),
                yes -> {
                    try {
                        reschedule(id, version, start, end, true);
                    } catch (ClinicException refusal) {
                        Toasts.error(getTranslation(refusal.getMessageKey(), refusal.getArguments()));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.open();
    }

    private void reschedule(long id, long version, LocalDateTime start, LocalDateTime end, boolean confirmed) {
        appointments.reschedule(
                id, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), version, confirmed);
        agenda.entry(id)
                .ifPresent(moved -> Toasts.success(getTranslation(
                        "agenda.moved",
                        moved.patientName(),
                        ClinicFormats.DATE_TIME.format(start),
                        ClinicFormats.TIME.format(end))));
        // The new version must reach the entry, or its next drag would be refused as a stale one.
        calendar.refresh(hours());
    }

    private void details(long appointmentId) {
        agenda.entry(appointmentId)
                .ifPresent(entry -> new AppointmentDetails(
                                entry, agenda, clinic, zone, desk, () -> calendar.refresh(hours()))
                        .open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title") + " · " + getTranslation("app.name");
    }
}

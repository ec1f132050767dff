package app.sorriso.portal.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.Toasts;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.Specialty;
import app.sorriso.scheduling.AvailabilityService;
import app.sorriso.scheduling.PatientAppointmentService;
import app.sorriso.scheduling.SchedulingProperties;
import app.sorriso.scheduling.Slot;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asking for an appointment in three steps: with whom (a specialty or a professional), which day (a month with the
 * days that have free slots), which time; then a confirmation. The desk approves the request; until then it shows as
 * pending on the patient's home.
 */
@Route("me/book")
@Menu(title = "me.book.title", order = 1, icon = "vaadin:calendar-o")
@RolesAllowed(Roles.PATIENT)
public class RequestAppointmentView extends PatientPage {

    private final AvailabilityService availability;
    private final PatientAppointmentService appointments;
    private final Clock clock;
    private final Map<Long, Professional> team;
    private final SlotList slots;
    private final Div calendarHolder = new Div();
    private ProviderChoice.Choice choice;
    private SlotCalendar calendar;

    public RequestAppointmentView(
            AvailabilityService availability,
            PatientAppointmentService appointments,
            ProfessionalService professionals,
            SchedulingProperties rules,
            Clock clock) {
        super("me.book.title");
        this.availability = availability;
        this.appointments = appointments;
        this.clock = clock;
        addClassName("request-view");
        List<Professional> active = professionals.findActive();
        this.team = active.stream().collect(Collectors.toMap(Professional::getId, professional -> professional));
        this.slots = new SlotList(team, clock.getZone(), this::confirm);

        ProviderChoice providers = new ProviderChoice(active, picked -> {
            choice = picked;
            showCalendar(clock.instant()
                    .plus(rules.horizon())
                    .atZone(clock.getZone())
                    .toLocalDate());
        });
        calendarHolder.addClassName("request-calendar");
        add(
                heading(),
                new Paragraph(getTranslation("me.book.intro")),
                step(1, "me.book.step.who", "request-who", providers),
                step(2, "me.book.step.day", "request-day", calendarHolder),
                step(3, "me.book.step.time", "request-time", slots));
        providers.pickDefault();
    }

    private Div step(int number, String titleKey, String className, Component body) {
        H2 title = new H2(getTranslation(titleKey, number));
        Div step = new Div(title, body);
        step.addClassNames("card", "request-step", className);
        return step;
    }

    private void showCalendar(LocalDate lastBookable) {
        slots.clear();
        calendar = new SlotCalendar(LocalDate.now(clock), lastBookable, this::freeSlotsPerDay, this::showDay);
        calendarHolder.removeAll();
        calendarHolder.add(calendar);
        calendar.showFirstMonthWithSlots();
    }

    private Map<LocalDate, Integer> freeSlotsPerDay(YearMonth month) {
        return freeSlots(month.atDay(1), month.atEndOfMonth()).stream()
                .collect(Collectors.groupingBy(
                        slot -> slot.startsAt().atZone(clock.getZone()).toLocalDate(),
                        Collectors.summingInt(slot -> 1)));
    }

    private List<Slot> freeSlots(LocalDate first, LocalDate last) {
        if (choice == null) {
            return List.of();
        }
        return choice.specialty() != null
                ? availability.freeSlots(choice.specialty(), first, last)
                : availability.freeSlots(choice.professional().getId(), first, last);
    }

    private void showDay(LocalDate day) {
        slots.show(day, freeSlots(day, day));
        // on a phone the times are below the calendar, out of sight
        slots.scrollIntoView();
    }

    private void confirm(Slot slot) {
        Specialty specialty = team.get(slot.professionalId()).getSpecialty();
        new RequestConfirmDialog(slot, team.get(slot.professionalId()), specialty, clock.getZone(), note -> {
                    try {
                        appointments.request(slot.professionalId(), slot.startsAt(), note);
                        Toasts.success(getTranslation(
                                "me.book.done",
                                ClinicFormats.DATE_TIME.format(slot.startsAt().atZone(clock.getZone()))));
                        getUI().ifPresent(ui -> ui.navigate(PatientHomeView.class));
                    } catch (ClinicException refused) {
                        Toasts.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
                        calendar.refresh();
                        showDay(slot.startsAt().atZone(clock.getZone()).toLocalDate());
                    }
                })
                .open();
    }
}

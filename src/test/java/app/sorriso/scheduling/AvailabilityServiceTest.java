package app.sorriso.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.base.BrazilianState;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.Specialty;
import app.sorriso.professionals.TimeOffService;
import app.sorriso.professionals.WorkingPeriod;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import app.sorriso.security.SystemTask;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Free slots for a dentist who works Mondays 08:00–12:00 and 13:30–15:00, with 30-minute slots, two hours of notice
 * and sixty days of horizon, on a Monday years ahead in São Paulo.
 */
@ClinicIntegrationTest
class AvailabilityServiceTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Sao_Paulo");
    private static final LocalDate MONDAY = LocalDate.of(2031, 3, 10);
    private static final Instant FRIDAY_BEFORE = at(MONDAY.minusDays(3), "12:00");
    private static final AtomicInteger CRO = new AtomicInteger(700_000);

    @Autowired
    AvailabilityService availability;

    @Autowired
    AppointmentService appointments;

    @Autowired
    ProfessionalService professionals;

    @Autowired
    TimeOffService timeOff;

    @Autowired
    TestClinic clinic;

    private Professional dentist;

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(CLINIC).toInstant();
    }

    private Professional dentistWorkingMondays(Specialty specialty) {
        return SystemTask.run(() -> {
            Professional professional = professionals.register(new Professional(
                    "Dra. Agenda " + CRO.get(),
                    BrazilianState.MG,
                    String.valueOf(CRO.incrementAndGet()),
                    specialty,
                    "#335577"));
            return professionals.replaceWorkingHours(
                    professional.getId(),
                    List.of(
                            new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                            new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(15, 0))));
        });
    }

    private List<String> startTimes(LocalDate day, Instant now) {
        return availability.freeSlots(dentist.getId(), day, day, now).stream()
                .map(slot -> slot.startsAt().atZone(CLINIC).toLocalTime().toString())
                .toList();
    }

    private void book(String start, int minutes) {
        appointments.book(new NewAppointment(
                clinic.newPatient().getId(),
                dentist.getId(),
                at(MONDAY, start),
                Duration.ofMinutes(minutes),
                AppointmentStatus.SCHEDULED,
                null,
                null));
    }

    @BeforeEach
    void setUp() {
        dentist = dentistWorkingMondays(Specialty.GENERAL_PRACTICE);
    }

    @Test
    void slots_follow_the_working_hours_and_skip_the_lunch_gap() {
        assertThat(startTimes(MONDAY, FRIDAY_BEFORE))
                .containsExactly(
                        "08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "13:30", "14:00",
                        "14:30");
    }

    @Test
    void a_day_without_working_hours_has_no_slots() {
        assertThat(startTimes(MONDAY.plusDays(1), FRIDAY_BEFORE)).isEmpty();
    }

    @Test
    void time_off_and_live_appointments_take_their_slots_but_a_cancelled_one_gives_it_back() {
        SystemTask.run(() -> timeOff.add(dentist.getId(), at(MONDAY, "09:00"), at(MONDAY, "10:00"), "Curso"));
        book("10:00", 60);
        Appointment cancelled = appointments.book(new NewAppointment(
                clinic.newPatient().getId(),
                dentist.getId(),
                at(MONDAY, "14:00"),
                Duration.ofMinutes(30),
                AppointmentStatus.REQUESTED,
                null,
                null));
        appointments.changeStatus(cancelled.getId(), AppointmentStatus.CANCELLED, "Desistiu");
        book("13:30", 20);

        assertThat(startTimes(MONDAY, FRIDAY_BEFORE))
                .containsExactly("08:00", "08:30", "11:00", "11:30", "14:00", "14:30");
    }

    @Test
    void a_pending_request_holds_its_slot() {
        appointments.book(new NewAppointment(
                clinic.newPatient().getId(),
                dentist.getId(),
                at(MONDAY, "08:00"),
                Duration.ofMinutes(30),
                AppointmentStatus.REQUESTED,
                null,
                null));

        assertThat(startTimes(MONDAY, FRIDAY_BEFORE)).doesNotContain("08:00").contains("08:30");
    }

    @Test
    void nothing_sooner_than_the_minimum_notice() {
        Instant mondayMorning = at(MONDAY, "08:45");

        assertThat(startTimes(MONDAY, mondayMorning)).first().isEqualTo("11:00");
    }

    @Test
    void a_range_across_weeks_finds_the_next_monday_too() {
        List<Slot> twoWeeks = availability.freeSlots(dentist.getId(), MONDAY, MONDAY.plusDays(7), FRIDAY_BEFORE);

        assertThat(twoWeeks).hasSize(22);
        assertThat(twoWeeks.getLast().startsAt()).isEqualTo(at(MONDAY.plusDays(7), "14:30"));
    }

    @Test
    void nothing_beyond_the_horizon() {
        Instant longBefore = at(MONDAY.minusDays(61), "12:00");

        assertThat(startTimes(MONDAY, longBefore)).isEmpty();
    }

    @Test
    void a_specialty_offers_the_slots_of_each_of_its_active_professionals() {
        Professional first = dentistWorkingMondays(Specialty.HOMEOPATHY);
        Professional second = dentistWorkingMondays(Specialty.HOMEOPATHY);

        List<Slot> slots = availability.freeSlots(Specialty.HOMEOPATHY, MONDAY, MONDAY, FRIDAY_BEFORE);

        assertThat(slots)
                .extracting(Slot::professionalId)
                .contains(first.getId(), second.getId())
                .doesNotContain(dentist.getId());
        assertThat(slots).isSortedAccordingTo(java.util.Comparator.comparing(Slot::startsAt));
    }
}

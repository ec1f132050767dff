package app.sorriso.scheduling;

import static app.sorriso.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.WorkingPeriod;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import app.sorriso.security.SystemTask;
import app.sorriso.security.UserAccountService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The patient's side of the agenda, against a dentist who works every day from 06:00 to 22:00, so that slots exist
 * whatever day and hour the test runs. Notice 2 h, cancellation notice 24 h, slots of 30 min.
 */
@ClinicIntegrationTest
class PatientAppointmentServiceTest {

    @Autowired
    PatientAppointmentService mine;

    @Autowired
    AppointmentService booking;

    @Autowired
    ProfessionalService professionals;

    @Autowired
    UserAccountService accounts;

    @Autowired
    TestClinic clinic;

    @Autowired
    Clock clock;

    private Professional dentist;
    private Patient patient;
    private String login;

    @BeforeEach
    void setUp() {
        Professional created = clinic.newProfessional();
        List<WorkingPeriod> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> new WorkingPeriod(day, LocalTime.of(6, 0), LocalTime.of(22, 0)))
                .toList();
        dentist = SystemTask.run(() -> professionals.replaceWorkingHours(created.getId(), everyDay));
        patient = clinic.newPatientWithLogin();
        login = accounts.findById(patient.getUserAccountId()).orElseThrow().getEmail();
    }

    /** Three days ahead at 10:00 in the clinic's zone: free, within the horizon, beyond every notice. */
    private Instant threeDaysAhead(int hour) {
        return ZonedDateTime.now(clock)
                .plusDays(3)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(hour)
                .toInstant();
    }

    /** A time a few hours ahead, on a slot boundary: inside the cancellation notice. */
    private Instant hoursAhead(int hours) {
        return ZonedDateTime.now(clock)
                .plusHours(hours)
                .truncatedTo(ChronoUnit.HOURS)
                .toInstant();
    }

    private Appointment bookedByTheDesk(Patient who, Instant start, AppointmentStatus status) {
        return SystemTask.run(() -> booking.book(new NewAppointment(
                who.getId(), dentist.getId(), start, Duration.ofMinutes(30), status, null, null, true)));
    }

    @Test
    void a_patient_asks_for_a_free_slot_and_it_waits_for_the_desk_as_a_request() {
        Instant start = threeDaysAhead(10);

        AgendaEntry requested = clinic.as(login, () -> mine.request(dentist.getId(), start, "Dor no dente"));

        assertThat(requested.status()).isEqualTo(AppointmentStatus.REQUESTED);
        assertThat(requested.startsAt()).isEqualTo(start);
        assertThat(requested.endsAt()).isEqualTo(start.plus(Duration.ofMinutes(30)));
        assertThat(requested.patientId()).isEqualTo(patient.getId());
        assertThat(clinic.as(login, () -> mine.mine()))
                .extracting(AgendaEntry::id)
                .containsExactly(requested.id());
    }

    @Test
    void a_slot_taken_since_the_patient_saw_it_is_refused_kindly() {
        Instant start = threeDaysAhead(11);
        bookedByTheDesk(clinic.newPatient(), start, AppointmentStatus.SCHEDULED);

        assertRefused(
                () -> clinic.as(login, () -> mine.request(dentist.getId(), start, null)), "me.request.slot-taken");
        assertThat(clinic.as(login, () -> mine.mine())).isEmpty();
    }

    @Test
    void a_time_that_was_never_offered_is_refused_like_a_taken_one() {
        Instant offSlot = threeDaysAhead(10).plus(Duration.ofMinutes(10));
        Instant night = threeDaysAhead(23);

        assertRefused(
                () -> clinic.as(login, () -> mine.request(dentist.getId(), offSlot, null)), "me.request.slot-taken");
        assertRefused(
                () -> clinic.as(login, () -> mine.request(dentist.getId(), night, null)), "me.request.slot-taken");
    }

    @Test
    void a_patient_may_hold_only_a_few_requests_at_once() {
        for (int hour = 8; hour < 11; hour++) {
            Instant start = threeDaysAhead(hour);
            clinic.as(login, () -> mine.request(dentist.getId(), start, null));
        }

        assertRefused(
                () -> clinic.as(login, () -> mine.request(dentist.getId(), threeDaysAhead(14), null)),
                "me.request.too-many");
    }

    @Test
    void an_appointment_far_enough_ahead_is_cancelled_by_the_patient_and_frees_its_time() {
        Appointment appointment = bookedByTheDesk(patient, threeDaysAhead(15), AppointmentStatus.CONFIRMED);

        boolean offered = clinic.as(login, () -> mine.canCancel(only(mine.mine())));
        clinic.as(login, () -> mine.cancel(appointment.getId(), "Viagem"));

        assertThat(offered).isTrue();
        AgendaEntry cancelled = clinic.as(login, () -> only(mine.mine()));
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(booking.findById(appointment.getId()).orElseThrow().getCancelReason())
                .isEqualTo("Viagem");
    }

    @Test
    void inside_the_clinics_notice_the_patient_is_told_to_call_instead() {
        Appointment appointment = bookedByTheDesk(patient, hoursAhead(5), AppointmentStatus.SCHEDULED);

        boolean offered = clinic.as(login, () -> mine.canCancel(only(mine.mine())));

        assertThat(offered).isFalse();
        assertRefused(
                () -> clinic.as(login, () -> mine.cancel(appointment.getId(), "Imprevisto")), "me.cancel.too-late");
        assertThat(booking.findById(appointment.getId()).orElseThrow().getStatus())
                .isEqualTo(AppointmentStatus.SCHEDULED);
    }

    @Test
    void a_request_not_yet_answered_can_be_withdrawn_even_close_to_its_time() {
        Appointment request = bookedByTheDesk(patient, hoursAhead(5), AppointmentStatus.REQUESTED);

        clinic.as(login, () -> mine.cancel(request.getId(), "Não preciso mais"));

        assertThat(booking.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void another_patients_appointment_is_answered_as_if_it_did_not_exist() {
        Appointment someoneElses =
                bookedByTheDesk(clinic.newPatient(), threeDaysAhead(16), AppointmentStatus.SCHEDULED);

        assertRefused(
                () -> clinic.as(login, () -> mine.cancel(someoneElses.getId(), "Tentativa")),
                "me.appointment.not-found");
        assertThat(clinic.as(login, () -> mine.mine())).isEmpty();
        assertThat(booking.findById(someoneElses.getId()).orElseThrow().getStatus())
                .isEqualTo(AppointmentStatus.SCHEDULED);
    }

    @Test
    void staff_cannot_use_the_patients_door() {
        assertThatThrownBy(() -> clinic.as("recepcao@sorriso.demo", () -> mine.mine()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static AgendaEntry only(List<AgendaEntry> entries) {
        assertThat(entries).hasSize(1);
        return entries.getFirst();
    }
}

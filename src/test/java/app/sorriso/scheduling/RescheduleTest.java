package app.sorriso.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.base.ClinicException;
import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.WorkingPeriod;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import app.sorriso.security.SystemTask;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The agenda's drag and resize: the same rules as a booking, and nothing changes when a move is refused. */
@ClinicIntegrationTest
class RescheduleTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Sao_Paulo");
    private static final AtomicInteger WEEK = new AtomicInteger();

    @Autowired
    AppointmentService appointments;

    @Autowired
    ProfessionalService professionals;

    @Autowired
    TestClinic clinic;

    private Professional dentist;
    private Patient patient;
    private Appointment early;
    private Appointment later;
    private LocalDateTime monday;

    /**
     * A Monday years ahead (past the dates other tests use), a different one per test, where the dentist works
     * 08:00–12:00.
     */
    @BeforeEach
    void setUp() {
        monday = LocalDateTime.of(2034, 1, 2, 0, 0).plusWeeks(WEEK.incrementAndGet());
        Professional professional = clinic.newProfessional();
        dentist = SystemTask.run(() -> professionals.replaceWorkingHours(
                professional.getId(),
                List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))));
        patient = clinic.newPatient();
        early = SystemTask.run(() -> appointments.book(booking(patient, dentist, "08:00", 30)));
        later = SystemTask.run(() -> appointments.book(booking(clinic.newPatient(), dentist, "09:00", 60)));
    }

    private Instant at(String time) {
        return monday.with(LocalTime.parse(time)).atZone(CLINIC).toInstant();
    }

    private NewAppointment booking(Patient who, Professional with, String time, int minutes) {
        return new NewAppointment(
                who.getId(),
                with.getId(),
                at(time),
                Duration.ofMinutes(minutes),
                AppointmentStatus.SCHEDULED,
                null,
                null,
                true);
    }

    private Appointment reload(Appointment appointment) {
        return appointments.findById(appointment.getId()).orElseThrow();
    }

    private String refusal(Runnable move) {
        try {
            move.run();
            return "moved";
        } catch (ClinicException refused) {
            return refused.getMessageKey();
        }
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void a_move_to_a_free_time_changes_start_and_end_and_the_version() {
        Appointment moved = appointments.reschedule(early.getId(), at("10:00"), at("10:45"), early.getVersion(), false);

        assertThat(moved.getStartsAt()).isEqualTo(at("10:00"));
        assertThat(moved.getEndsAt()).isEqualTo(at("10:45"));
        assertThat(reload(early).getVersion()).isGreaterThan(early.getVersion());
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void a_resize_does_not_conflict_with_the_appointment_itself() {
        appointments.reschedule(early.getId(), at("08:00"), at("08:45"), early.getVersion(), false);

        assertThat(reload(early).getEndsAt()).isEqualTo(at("08:45"));
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void a_move_onto_another_appointment_is_refused_and_leaves_both_as_they_were() {
        assertThatThrownBy(() ->
                        appointments.reschedule(early.getId(), at("09:30"), at("10:00"), early.getVersion(), false))
                .isInstanceOfSatisfying(ClinicException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("appointment.conflict.professional");
                    assertThat(refused.getArguments())
                            .containsExactly(
                                    app.sorriso.base.ClinicFormats.DATE_TIME.format(monday.withHour(9)), "10:00");
                });

        assertThat(reload(early).getStartsAt()).isEqualTo(at("08:00"));
        assertThat(reload(later).getStartsAt()).isEqualTo(at("09:00"));
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void a_move_onto_the_patients_appointment_with_someone_else_is_refused() {
        SystemTask.run(() -> appointments.book(booking(patient, clinic.newProfessional(), "11:00", 30)));

        assertThat(refusal(() ->
                        appointments.reschedule(early.getId(), at("11:00"), at("11:30"), early.getVersion(), false)))
                .isEqualTo("appointment.conflict.patient");
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void outside_the_hours_the_desk_must_confirm() {
        assertThat(refusal(() ->
                        appointments.reschedule(early.getId(), at("13:00"), at("13:30"), early.getVersion(), false)))
                .isEqualTo("appointment.outside-hours");
        assertThat(reload(early).getStartsAt()).isEqualTo(at("08:00"));

        appointments.reschedule(early.getId(), at("13:00"), at("13:30"), early.getVersion(), true);

        assertThat(reload(early).getStartsAt()).isEqualTo(at("13:00"));
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void a_move_of_what_someone_else_changed_meanwhile_is_refused() {
        appointments.reschedule(early.getId(), at("10:00"), at("10:30"), early.getVersion(), false);

        assertThat(refusal(() ->
                        appointments.reschedule(early.getId(), at("11:00"), at("11:30"), early.getVersion(), false)))
                .isEqualTo("error.concurrent-edit");
        assertThat(reload(early).getStartsAt()).isEqualTo(at("10:00"));
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void an_appointment_the_patient_arrived_for_stays_put() {
        Appointment arrived = appointments.changeStatus(early.getId(), AppointmentStatus.CHECKED_IN, null);

        assertThat(refusal(() ->
                        appointments.reschedule(early.getId(), at("10:00"), at("10:30"), arrived.getVersion(), false)))
                .isEqualTo("appointment.move.status");
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void an_end_before_the_start_is_refused() {
        assertThat(refusal(() ->
                        appointments.reschedule(early.getId(), at("10:00"), at("09:45"), early.getVersion(), false)))
                .isEqualTo("appointment.length.invalid");
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_cannot_move_appointments() {
        assertThatThrownBy(() ->
                        appointments.reschedule(early.getId(), at("10:00"), at("10:30"), early.getVersion(), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_move_appointments() {
        assertThatThrownBy(() ->
                        appointments.reschedule(early.getId(), at("10:00"), at("10:30"), early.getVersion(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemTask.run(() -> reload(early)).getStartsAt()).isEqualTo(at("08:00"));
    }
}

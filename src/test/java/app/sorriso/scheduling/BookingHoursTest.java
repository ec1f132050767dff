package app.sorriso.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.base.ClinicException;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.TimeOffService;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Bookings outside a dentist's hours or during time off: refused to patients, allowed to staff who confirm. */
@ClinicIntegrationTest
class BookingHoursTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Sao_Paulo");

    @Autowired
    AppointmentService appointments;

    @Autowired
    ProfessionalService professionals;

    @Autowired
    TimeOffService timeOff;

    @Autowired
    TestClinic clinic;

    private Professional dentist;

    private static Instant mondayAt(String time) {
        return LocalDateTime.of(2031, 4, 7, 0, 0)
                .with(LocalTime.parse(time))
                .atZone(CLINIC)
                .toInstant();
    }

    private NewAppointment request(String time, boolean confirmed) {
        return new NewAppointment(
                clinic.newPatient().getId(),
                dentist.getId(),
                mondayAt(time),
                Duration.ofMinutes(30),
                AppointmentStatus.SCHEDULED,
                null,
                null,
                confirmed);
    }

    private static String refusal(Runnable booking) {
        try {
            booking.run();
            return "booked";
        } catch (ClinicException refused) {
            return refused.getMessageKey();
        }
    }

    @BeforeEach
    void setUp() {
        Professional professional = clinic.newProfessional();
        dentist = SystemTask.run(() -> professionals.replaceWorkingHours(
                professional.getId(),
                List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))));
        SystemTask.run(() -> timeOff.add(dentist.getId(), mondayAt("10:00"), mondayAt("11:00"), "Congresso"));
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void staff_book_inside_hours_freely_and_outside_only_after_confirming() {
        assertThat(refusal(() -> appointments.book(request("08:00", false)))).isEqualTo("booked");
        assertThat(refusal(() -> appointments.book(request("12:00", false)))).isEqualTo("appointment.outside-hours");
        assertThat(refusal(() -> appointments.book(request("11:45", false)))).isEqualTo("appointment.outside-hours");
        assertThat(refusal(() -> appointments.book(request("10:30", false)))).isEqualTo("appointment.time-off");
        assertThat(refusal(() -> appointments.book(request("12:00", true)))).isEqualTo("booked");
        assertThat(refusal(() -> appointments.book(request("10:30", true)))).isEqualTo("booked");
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_confirm_their_way_outside_the_hours() {
        assertThat(refusal(() -> appointments.book(request("18:00", true)))).isEqualTo("appointment.outside-hours");
        assertThat(refusal(() -> appointments.book(request("10:00", true)))).isEqualTo("appointment.time-off");
    }
}

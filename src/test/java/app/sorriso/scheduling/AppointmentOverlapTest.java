package app.sorriso.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.base.ClinicException;
import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ClinicIntegrationTest
class AppointmentOverlapTest {

    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired
    AppointmentService appointments;

    @Autowired
    TestClinic clinic;

    @Autowired
    DataSource dataSource;

    /** A quiet morning years ahead, a different one per test, so no demo appointment is in the way. */
    private static Instant freeMorning() {
        return Instant.parse("2031-01-06T12:00:00Z").plus(Duration.ofDays(DAY.incrementAndGet()));
    }

    /** Test professionals keep no working hours, so these bookings are the staff's confirmed extra sessions. */
    private NewAppointment at(Patient patient, Professional professional, Instant start, int minutes) {
        return new NewAppointment(
                patient.getId(),
                professional.getId(),
                start,
                Duration.ofMinutes(minutes),
                AppointmentStatus.SCHEDULED,
                null,
                null,
                true);
    }

    @Test
    void concurrent_overlapping_bookings_let_exactly_one_win() throws Exception {
        Professional dentist = clinic.newProfessional();
        Instant start = freeMorning();
        List<Patient> patients =
                java.util.stream.Stream.generate(clinic::newPatient).limit(20).toList();
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(patients.size());
        List<Future<Appointment>> attempts = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            Instant shifted = start.plus(Duration.ofMinutes(2L * i));
            attempts.add(pool.submit(() -> {
                gate.await();
                return appointments.book(at(patient, dentist, shifted, 60));
            }));
        }

        gate.countDown();
        int booked = 0;
        List<String> refusals = new ArrayList<>();
        for (Future<Appointment> attempt : attempts) {
            try {
                attempt.get(30, TimeUnit.SECONDS);
                booked++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ClinicException.class);
                refusals.add(((ClinicException) e.getCause()).getMessageKey());
            }
        }
        pool.shutdown();

        assertThat(booked).isEqualTo(1);
        assertThat(refusals)
                .hasSize(patients.size() - 1)
                .allMatch(key -> key.equals("error.overlap") || key.equals("appointment.conflict.professional"));
    }

    @Test
    void the_database_refuses_an_overlap_that_slipped_past_the_service_check() throws Exception {
        Professional dentist = clinic.newProfessional();
        Patient first = clinic.newPatient();
        Patient second = clinic.newPatient();
        Instant start = freeMorning();

        try (Connection winner = dataSource.getConnection();
                Connection loser = dataSource.getConnection()) {
            winner.setAutoCommit(false);
            loser.setAutoCommit(false);
            insert(winner, first, dentist, start, start.plus(Duration.ofMinutes(60)));
            // The loser's insert waits on the winner's uncommitted row, as a second receptionist's would.
            CompletableFuture<SQLException> blocked = CompletableFuture.supplyAsync(() -> {
                try {
                    insert(
                            loser,
                            second,
                            dentist,
                            start.plus(Duration.ofMinutes(30)),
                            start.plus(Duration.ofMinutes(90)));
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            Thread.sleep(300);
            assertThat(blocked.isDone()).as("waits for the first booking").isFalse();

            winner.commit();
            SQLException refusal = blocked.get(30, TimeUnit.SECONDS);

            assertThat((Throwable) refusal).as("the second insert is refused").isNotNull();
            assertThat(refusal.getSQLState()).isEqualTo("23P01");
            loser.rollback();
        }
    }

    @Test
    void a_patient_cannot_be_with_two_professionals_at_once() {
        Patient patient = clinic.newPatient();
        Instant start = freeMorning();
        appointments.book(at(patient, clinic.newProfessional(), start, 60));

        assertThatThrownBy(() -> appointments.book(at(patient, clinic.newProfessional(), start.plusSeconds(1800), 30)))
                .isInstanceOf(ClinicException.class)
                .extracting(error -> ((ClinicException) error).getMessageKey())
                .isEqualTo("appointment.conflict.patient");
    }

    @Test
    void the_refusal_names_the_time_of_the_conflicting_appointment() {
        Professional dentist = clinic.newProfessional();
        Instant start = Instant.parse("2031-03-03T13:00:00Z");
        appointments.book(at(clinic.newPatient(), dentist, start, 60));

        assertThatThrownBy(() -> appointments.book(at(clinic.newPatient(), dentist, start.plusSeconds(600), 30)))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        error -> assertThat(error.getArguments()).containsExactly("03/03/2031 10:00", "11:00"));
    }

    @Test
    void back_to_back_appointments_do_not_conflict() {
        Professional dentist = clinic.newProfessional();
        Instant start = freeMorning();

        appointments.book(at(clinic.newPatient(), dentist, start, 30));
        Appointment next = appointments.book(at(clinic.newPatient(), dentist, start.plusSeconds(1800), 30));

        assertThat(next.getId()).isNotNull();
    }

    @Test
    void a_cancelled_appointment_frees_its_time() {
        Professional dentist = clinic.newProfessional();
        Instant start = freeMorning();
        Appointment cancelled = appointments.book(at(clinic.newPatient(), dentist, start, 60));
        appointments.changeStatus(cancelled.getId(), AppointmentStatus.CANCELLED, "Paciente desmarcou");

        Appointment replacement = appointments.book(at(clinic.newPatient(), dentist, start, 60));

        assertThat(replacement.getStatus()).isEqualTo(AppointmentStatus.SCHEDULED);
    }

    @Test
    void an_illegal_status_change_is_refused() {
        Appointment appointment =
                appointments.book(at(clinic.newPatient(), clinic.newProfessional(), freeMorning(), 30));

        assertThatThrownBy(() -> appointments.changeStatus(appointment.getId(), AppointmentStatus.COMPLETED, null))
                .isInstanceOf(ClinicException.class);
        assertThat(appointments.findById(appointment.getId()).orElseThrow().getStatus())
                .isEqualTo(AppointmentStatus.SCHEDULED);
    }

    private static void insert(
            Connection connection, Patient patient, Professional professional, Instant start, Instant end)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into appointment "
                + "(patient_id, professional_id, starts_at, ends_at, status) values (?, ?, ?, ?, 'SCHEDULED')")) {
            statement.setLong(1, patient.getId());
            statement.setLong(2, professional.getId());
            statement.setTimestamp(3, Timestamp.from(start));
            statement.setTimestamp(4, Timestamp.from(end));
            statement.executeUpdate();
        }
    }
}

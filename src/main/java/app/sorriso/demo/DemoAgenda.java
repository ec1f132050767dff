package app.sorriso.demo;

import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.WorkingPeriod;
import app.sorriso.scheduling.Appointment;
import app.sorriso.scheduling.AppointmentService;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import app.sorriso.scheduling.AppointmentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Eight weeks of past appointments (mostly completed, some missed or cancelled) and eight weeks ahead (booked,
 * confirmed, a few patient requests), inside each dentist's working hours and through the booking service, so the
 * demo obeys the same rules as real use.
 */
@Component
class DemoAgenda {

    private static final int WEEKS = 8;
    private static final String[] NOTES = {
        "Avaliação inicial",
        "Limpeza e profilaxia",
        "Restauração",
        "Retorno",
        "Manutenção do aparelho",
        "Tratamento de canal - sessão",
        "Consulta de urgência",
        "Clareamento"
    };

    private final AppointmentService appointments;
    private final Clock clock;

    DemoAgenda(AppointmentService appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    int fill(List<Professional> dentists, List<Patient> patients, Random random) {
        LocalDate today = LocalDate.now(clock);
        Set<String> patientDays = new HashSet<>();
        int count = 0;
        for (LocalDate day = today.minusWeeks(WEEKS); !day.isAfter(today.plusWeeks(WEEKS)); day = day.plusDays(1)) {
            for (Professional dentist : dentists) {
                for (WorkingPeriod period : dentist.getWorkingHours()) {
                    if (period.dayOfWeek() == day.getDayOfWeek()) {
                        count += fillPeriod(dentist, day, period, patients, patientDays, random);
                    }
                }
            }
        }
        return count;
    }

    private int fillPeriod(
            Professional dentist,
            LocalDate day,
            WorkingPeriod period,
            List<Patient> patients,
            Set<String> patientDays,
            Random random) {
        int count = 0;
        LocalTime time = period.startTime();
        while (true) {
            Duration duration = Duration.ofMinutes(random.nextBoolean() ? 30 : 60);
            if (time.plus(duration).isAfter(period.endTime())) {
                return count;
            }
            // About two thirds of the slots are taken; a patient comes at most once a day, so no patient overlaps.
            Patient patient = patients.get(random.nextInt(patients.size()));
            if (random.nextInt(3) != 0 && patientDays.add(patient.getId() + "@" + day)) {
                book(
                        dentist,
                        patient,
                        ZonedDateTime.of(LocalDateTime.of(day, time), clock.getZone()),
                        duration,
                        random);
                count++;
            }
            time = time.plus(duration);
        }
    }

    private void book(Professional dentist, Patient patient, ZonedDateTime start, Duration duration, Random random) {
        boolean past = start.toInstant().isBefore(clock.instant());
        boolean request = !past && random.nextInt(30) == 0;
        AppointmentStatus initial = request ? AppointmentStatus.REQUESTED : AppointmentStatus.SCHEDULED;
        Appointment appointment = appointments.book(new NewAppointment(
                patient.getId(),
                dentist.getId(),
                start.toInstant(),
                duration,
                initial,
                NOTES[random.nextInt(NOTES.length)],
                null));
        if (request) {
            return;
        }
        int roll = random.nextInt(20);
        if (roll == 0) {
            appointments.changeStatus(appointment.getId(), AppointmentStatus.CANCELLED, "Paciente pediu para remarcar");
        } else if (past && roll == 1) {
            appointments.changeStatus(appointment.getId(), AppointmentStatus.NO_SHOW, null);
        } else if (past) {
            appointments.changeStatus(appointment.getId(), AppointmentStatus.CHECKED_IN, null);
            appointments.changeStatus(appointment.getId(), AppointmentStatus.COMPLETED, null);
        } else if (roll < 10) {
            appointments.changeStatus(appointment.getId(), AppointmentStatus.CONFIRMED, null);
        }
    }
}

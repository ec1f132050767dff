package app.sorriso.scheduling;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ClinicFormats;
import app.sorriso.base.DatabaseRefusals;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.ProfessionalService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books and moves appointments. Overlaps are looked for first, to name the conflicting appointment; the database's
 * exclusion constraints are what make a double booking impossible when two people book the same time at once.
 */
@Service
@Transactional(readOnly = true)
public class AppointmentService {

    private final AppointmentRepository appointments;
    private final PatientService patients;
    private final ProfessionalService professionals;
    private final Clock clock;

    AppointmentService(
            AppointmentRepository appointments,
            PatientService patients,
            ProfessionalService professionals,
            Clock clock) {
        this.appointments = appointments;
        this.patients = patients;
        this.professionals = professionals;
        this.clock = clock;
    }

    /** A new appointment at a free time, or a {@link ClinicException} that says what occupies it. */
    @Transactional
    public Appointment book(NewAppointment request) {
        Instant end = request.startsAt().plus(request.duration());
        refuseOverlap(
                appointments.findOverlappingForProfessional(request.professionalId(), request.startsAt(), end),
                "appointment.conflict.professional");
        refuseOverlap(
                appointments.findOverlappingForPatient(request.patientId(), request.startsAt(), end),
                "appointment.conflict.patient");

        Appointment appointment = new Appointment(
                patients.findById(request.patientId()).orElseThrow(),
                professionals.findById(request.professionalId()).orElseThrow(),
                request.startsAt(),
                request.duration(),
                request.status(),
                request.notes(),
                request.bookedBy());
        try {
            return appointments.saveAndFlush(appointment);
        } catch (DataIntegrityViolationException e) {
            if (DatabaseRefusals.isOverlap(e)) {
                throw new ClinicException("error.overlap");
            }
            throw e;
        }
    }

    @Transactional
    public Appointment changeStatus(long appointmentId, AppointmentStatus next, String reason) {
        Appointment appointment = appointments.findById(appointmentId).orElseThrow();
        appointment.moveTo(next, reason);
        return appointments.saveAndFlush(appointment);
    }

    public Optional<Appointment> findById(long id) {
        return appointments.findById(id);
    }

    private void refuseOverlap(List<Appointment> overlapping, String messageKey) {
        if (!overlapping.isEmpty()) {
            Appointment first = overlapping.getFirst();
            throw new ClinicException(
                    messageKey,
                    ClinicFormats.DATE_TIME.format(first.getStartsAt().atZone(clock.getZone())),
                    ClinicFormats.TIME.format(first.getEndsAt().atZone(clock.getZone())));
        }
    }

    /** What the desk (or a patient) asks for when booking. */
    public record NewAppointment(
            long patientId,
            long professionalId,
            Instant startsAt,
            Duration duration,
            AppointmentStatus status,
            String notes,
            Long bookedBy) {

        public NewAppointment {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("An appointment must last some time");
            }
        }
    }
}

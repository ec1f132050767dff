package app.sorriso.scheduling;

import app.sorriso.base.ClinicDates;
import app.sorriso.base.ClinicException;
import app.sorriso.base.ClinicFormats;
import app.sorriso.base.DatabaseRefusals;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.TimeOffService;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
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
    private final BookingLocks locks;
    private final PatientService patients;
    private final ProfessionalService professionals;
    private final TimeOffService timeOff;
    private final CurrentUser currentUser;
    private final Clock clock;

    AppointmentService(
            AppointmentRepository appointments,
            BookingLocks locks,
            PatientService patients,
            ProfessionalService professionals,
            TimeOffService timeOff,
            CurrentUser currentUser,
            Clock clock) {
        this.appointments = appointments;
        this.locks = locks;
        this.patients = patients;
        this.professionals = professionals;
        this.timeOff = timeOff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new appointment at a free time, or a {@link ClinicException} that says what occupies it. */
    @Transactional
    public Appointment book(NewAppointment request) {
        if (request.notes() != null && request.notes().length() > Appointment.NOTES_MAX) {
            throw ClinicException.onField("notes", "appointment.notes.too-long", Appointment.NOTES_MAX);
        }
        ClinicDates.requireWithinReach(request.startsAt(), clock, "startsAt");
        Instant end = request.startsAt().plus(request.duration());
        locks.lock(request.professionalId(), request.patientId());
        refuseOverlap(
                appointments.findOverlappingForProfessional(request.professionalId(), request.startsAt(), end),
                "appointment.conflict.professional");
        refuseOverlap(
                appointments.findOverlappingForPatient(request.patientId(), request.startsAt(), end),
                "appointment.conflict.patient");

        Professional professional =
                professionals.findById(request.professionalId()).orElseThrow();
        refuseOutsideHours(professional, request.startsAt(), end, request.outsideHoursConfirmed());

        Appointment appointment = new Appointment(
                patients.findById(request.patientId()).orElseThrow(),
                professional,
                request.startsAt(),
                request.duration(),
                request.status(),
                request.notes(),
                request.bookedBy());
        try {
            return appointments.saveAndFlush(appointment);
        } catch (DataIntegrityViolationException e) {
            if (DatabaseRefusals.isOverlap(e)) {
                throw ClinicException.onField("startsAt", "error.overlap");
            }
            throw e;
        }
    }

    /**
     * Outside the professional's working hours, or during their time off, only staff may book, and only after
     * confirming they mean it (an emergency, an extra session); a patient never can.
     */
    private void refuseOutsideHours(Professional professional, Instant start, Instant end, boolean confirmed) {
        if (confirmed && !currentUser.hasRole(Role.PATIENT)) {
            return;
        }
        ZonedDateTime from = start.atZone(clock.getZone());
        ZonedDateTime to = end.atZone(clock.getZone());
        boolean withinHours = from.toLocalDate().equals(to.toLocalDate())
                && professional.getWorkingHours().stream()
                        .anyMatch(period -> period.dayOfWeek() == from.getDayOfWeek()
                                && !from.toLocalTime().isBefore(period.startTime())
                                && !to.toLocalTime().isAfter(period.endTime()));
        if (!withinHours) {
            throw ClinicException.onField("startsAt", "appointment.outside-hours");
        }
        if (!timeOff.overlapping(professional.getId(), start, end).isEmpty()) {
            throw ClinicException.onField("startsAt", "appointment.time-off");
        }
    }

    /**
     * Moves an appointment to a new time (the agenda's drag) or changes its length (resize), with the same rules as
     * a booking. {@code seenVersion} is the version the person was looking at: if someone changed the appointment
     * meanwhile, the move is refused rather than applied to something they did not see.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'RECEPTION')")
    public Appointment reschedule(
            long appointmentId, Instant start, Instant end, long seenVersion, boolean outsideHoursConfirmed) {
        ClinicDates.requireWithinReach(start, clock, "startsAt");
        Appointment appointment = appointments.findById(appointmentId).orElseThrow();
        if (appointment.getVersion() != seenVersion) {
            throw new ClinicException("error.concurrent-edit");
        }
        if (!appointment.getStatus().canMove()) {
            throw new ClinicException("appointment.move.status", appointment.getStatus());
        }
        locks.lock(
                appointment.getProfessional().getId(), appointment.getPatient().getId());
        refuseOverlap(
                others(
                        appointment,
                        appointments.findOverlappingForProfessional(
                                appointment.getProfessional().getId(), start, end)),
                "appointment.conflict.professional");
        refuseOverlap(
                others(
                        appointment,
                        appointments.findOverlappingForPatient(
                                appointment.getPatient().getId(), start, end)),
                "appointment.conflict.patient");
        refuseOutsideHours(appointment.getProfessional(), start, end, outsideHoursConfirmed);
        appointment.reschedule(start, end);
        try {
            return appointments.saveAndFlush(appointment);
        } catch (DataIntegrityViolationException e) {
            if (DatabaseRefusals.isOverlap(e)) {
                throw ClinicException.onField("startsAt", "error.overlap");
            }
            throw e;
        }
    }

    private static List<Appointment> others(Appointment moving, List<Appointment> overlapping) {
        return overlapping.stream()
                .filter(other -> !other.getId().equals(moving.getId()))
                .toList();
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
            throw ClinicException.onField(
                    "startsAt",
                    messageKey,
                    ClinicFormats.DATE_TIME.format(first.getStartsAt().atZone(clock.getZone())),
                    ClinicFormats.TIME.format(first.getEndsAt().atZone(clock.getZone())));
        }
    }

    /**
     * What the desk (or a patient) asks for when booking.
     *
     * @param outsideHoursConfirmed staff confirmed a booking outside working hours or during time off
     */
    public record NewAppointment(
            long patientId,
            long professionalId,
            Instant startsAt,
            Duration duration,
            AppointmentStatus status,
            String notes,
            Long bookedBy,
            boolean outsideHoursConfirmed) {

        public NewAppointment(
                long patientId,
                long professionalId,
                Instant startsAt,
                Duration duration,
                AppointmentStatus status,
                String notes,
                Long bookedBy) {
            this(patientId, professionalId, startsAt, duration, status, notes, bookedBy, false);
        }

        public NewAppointment {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("An appointment must last some time");
            }
        }
    }
}

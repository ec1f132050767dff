package app.sorriso.scheduling;

import app.sorriso.base.ClinicException;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import app.sorriso.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's side of the agenda: their own appointments, a request for a free slot, and cancelling within the
 * clinic's notice. Every method works on the logged-in patient's own record only; an appointment of someone else is
 * answered as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PATIENT')")
public class PatientAppointmentService {

    /** What the booking service says when the time is no longer free, for whatever reason. */
    private static final Set<String> TAKEN = Set.of("appointment.conflict.professional", "error.overlap");

    private final AppointmentRepository appointments;
    private final AppointmentService booking;
    private final AvailabilityService availability;
    private final PatientAccountService patients;
    private final CurrentUser currentUser;
    private final SchedulingProperties rules;
    private final Clock clock;

    PatientAppointmentService(
            AppointmentRepository appointments,
            AppointmentService booking,
            AvailabilityService availability,
            PatientAccountService patients,
            CurrentUser currentUser,
            SchedulingProperties rules,
            Clock clock) {
        this.appointments = appointments;
        this.booking = booking;
        this.availability = availability;
        this.patients = patients;
        this.currentUser = currentUser;
        this.rules = rules;
        this.clock = clock;
    }

    /** The patient's appointments, newest first: what is coming and their history. */
    public List<AgendaEntry> mine() {
        return appointments.findByPatient(patients.ownId());
    }

    /**
     * Asks for one of the free slots; the desk then approves it. The slot is looked up again among the free ones, so a
     * slot taken since the patient saw it (or one never offered) is refused with {@code me.request.slot-taken}; the
     * booking service and the database still decide a race between two patients asking at the same moment.
     */
    @Transactional
    public AgendaEntry request(long professionalId, Instant startsAt, String note) {
        long patientId = patients.ownId();
        Instant now = clock.instant();
        if (appointments.countPendingRequests(patientId, now) >= rules.maxPendingRequests()) {
            throw new ClinicException("me.request.too-many", rules.maxPendingRequests());
        }
        LocalDate day = startsAt.atZone(clock.getZone()).toLocalDate();
        boolean offered = availability.freeSlots(professionalId, day, day, now).stream()
                .anyMatch(slot -> slot.startsAt().equals(startsAt));
        if (!offered) {
            throw new ClinicException("me.request.slot-taken");
        }
        Appointment requested;
        try {
            requested = booking.book(new NewAppointment(
                    patientId,
                    professionalId,
                    startsAt,
                    rules.slotLength(),
                    AppointmentStatus.REQUESTED,
                    note == null || note.isBlank() ? null : note.strip(),
                    currentUser.require().accountId()));
        } catch (ClinicException refused) {
            if (TAKEN.contains(refused.getMessageKey())) {
                throw new ClinicException("me.request.slot-taken");
            }
            if ("appointment.conflict.patient".equals(refused.getMessageKey())) {
                throw new ClinicException("me.request.own-conflict", refused.getArguments());
            }
            throw refused;
        }
        return appointments.findEntry(requested.getId()).orElseThrow();
    }

    /**
     * Whether the patient may still cancel this appointment themself: open, theirs, and far enough ahead. Pure
     * arithmetic, asked once per listed appointment, so it joins a transaction if there is one but never opens its
     * own (which would cost a database round trip per line of the list).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean canCancel(AgendaEntry entry) {
        return cancellable(entry.status(), entry.startsAt(), clock.instant());
    }

    /**
     * Cancels the patient's own appointment, or withdraws a request. A booked appointment needs the clinic's notice
     * ({@link SchedulingProperties#cancellationNotice()}); a request that the desk has not answered can be withdrawn
     * until it starts, which only frees the time sooner.
     */
    @Transactional
    public void cancel(long appointmentId, String reason) {
        Appointment appointment = appointments
                .findById(appointmentId)
                .filter(found -> found.getPatient().getId().equals(patients.ownId()))
                .orElseThrow(() -> new ClinicException("me.appointment.not-found"));
        if (reason == null || reason.isBlank()) {
            throw ClinicException.onField("reason", "appointment.cancel.reason-required");
        }
        if (!appointment.getStatus().canBecome(AppointmentStatus.CANCELLED)
                || appointment.getStartsAt().isBefore(clock.instant())) {
            throw new ClinicException("me.cancel.not-open");
        }
        if (!cancellable(appointment.getStatus(), appointment.getStartsAt(), clock.instant())) {
            throw new ClinicException(
                    "me.cancel.too-late", rules.cancellationNotice().toHours());
        }
        appointment.moveTo(AppointmentStatus.CANCELLED, reason.strip());
    }

    /** The clinic's notice, for screens that explain the rule. */
    public long cancellationNoticeHours() {
        return rules.cancellationNotice().toHours();
    }

    private boolean cancellable(AppointmentStatus status, Instant startsAt, Instant now) {
        if (!status.canBecome(AppointmentStatus.CANCELLED) || !startsAt.isAfter(now)) {
            return false;
        }
        return status == AppointmentStatus.REQUESTED || !startsAt.isBefore(now.plus(rules.cancellationNotice()));
    }
}

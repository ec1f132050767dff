package app.sorriso.scheduling;

import app.sorriso.base.ClinicException;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.security.ClinicUser;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the day looks like and what the desk does with it: the day's list (a dentist sees only their own), a
 * patient's appointments, the status steps, and the record that a WhatsApp confirmation went out.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

    static final String STAFF = "hasAnyRole('ADMIN', 'RECEPTION', 'DENTIST')";

    private final AppointmentRepository appointments;
    private final ProfessionalService professionals;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgendaService(
            AppointmentRepository appointments,
            ProfessionalService professionals,
            CurrentUser currentUser,
            Clock clock) {
        this.appointments = appointments;
        this.professionals = professionals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The appointments of a day, optionally of one professional; a dentist always gets their own. */
    @PreAuthorize(STAFF)
    public List<AgendaEntry> day(LocalDate day, Long professionalId) {
        return days(day, day, professionalId);
    }

    /** The appointments of the days from {@code first} to {@code last}, inclusive: a week or a month of agenda. */
    @PreAuthorize(STAFF)
    public List<AgendaEntry> days(LocalDate first, LocalDate last, Long professionalId) {
        ZoneId zone = clock.getZone();
        Optional<Long> forced = ownProfessionalIfDentist();
        if (currentUser.hasRole(Role.DENTIST) && forced.isEmpty()) {
            return List.of();
        }
        return appointments.findAgenda(
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(),
                forced.orElse(professionalId));
    }

    /**
     * The appointments from {@code start} to {@code end} (clinic time) of the chosen professionals, or of all when
     * none is chosen: what the calendar's visible range needs. A dentist always gets only their own.
     */
    @PreAuthorize(STAFF)
    public List<AgendaEntry> range(LocalDateTime start, LocalDateTime end, Set<Long> professionalIds) {
        ZoneId zone = clock.getZone();
        Instant from = start.atZone(zone).toInstant();
        Instant to = end.atZone(zone).toInstant();
        Optional<Long> forced = ownProfessionalIfDentist();
        if (currentUser.hasRole(Role.DENTIST)) {
            return forced.map(own -> appointments.findAgendaOf(from, to, Set.of(own)))
                    .orElse(List.of());
        }
        return professionalIds.isEmpty()
                ? appointments.findAgenda(from, to, null)
                : appointments.findAgendaOf(from, to, professionalIds);
    }

    /** Patients' requests the desk has still to answer (approve or decline), soonest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'RECEPTION')")
    public List<AgendaEntry> pendingRequests() {
        return appointments.findPendingRequests(clock.instant());
    }

    /** One appointment as the agenda shows it; a dentist finds only their own. */
    @PreAuthorize(STAFF)
    public Optional<AgendaEntry> entry(long appointmentId) {
        Optional<Long> own = ownProfessionalIfDentist();
        return appointments
                .findEntry(appointmentId)
                .filter(entry -> !currentUser.hasRole(Role.DENTIST)
                        || own.map(id -> id == entry.professionalId()).orElse(false));
    }

    /** The professional whose agenda a dentist sees; empty for the desk, which sees everyone's. */
    @PreAuthorize(STAFF)
    public Optional<Long> ownProfessional() {
        return ownProfessionalIfDentist();
    }

    @PreAuthorize(STAFF)
    public List<AgendaEntry> ofPatient(long patientId) {
        return appointments.findByPatient(patientId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One step of the status flow; a dentist may only move their own appointments. */
    @Transactional
    @PreAuthorize(STAFF)
    public void move(long appointmentId, AppointmentStatus next, String reason) {
        Appointment appointment = appointments.findById(appointmentId).orElseThrow();
        refuseOthersAppointment(appointment);
        if (next == AppointmentStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw ClinicException.onField("reason", "appointment.cancel.reason-required");
        }
        appointment.moveTo(next, reason == null ? null : reason.strip());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'RECEPTION')")
    public void recordConfirmationSent(long appointmentId) {
        appointments.findById(appointmentId).orElseThrow().recordConfirmationSent(clock.instant());
    }

    private void refuseOthersAppointment(Appointment appointment) {
        Optional<Long> own = ownProfessionalIfDentist();
        if (currentUser.hasRole(Role.DENTIST)
                && own.map(id -> !id.equals(appointment.getProfessional().getId()))
                        .orElse(true)) {
            throw new ClinicException("error.access-denied");
        }
    }

    private Optional<Long> ownProfessionalIfDentist() {
        if (!currentUser.hasRole(Role.DENTIST)) {
            return Optional.empty();
        }
        return currentUser
                .get()
                .map(ClinicUser::accountId)
                .flatMap(professionals::findByAccount)
                .map(Professional::getId);
    }
}

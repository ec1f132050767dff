package app.sorriso.professionals;

import app.sorriso.base.ClinicException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The door to professionals' time off: the agenda reads it, the administration records it. */
@Service
@Transactional(readOnly = true)
public class TimeOffService {

    private final TimeOffRepository timeOff;
    private final ProfessionalRepository professionals;
    private final Validator validator;

    TimeOffService(TimeOffRepository timeOff, ProfessionalRepository professionals, Validator validator) {
        this.timeOff = timeOff;
        this.professionals = professionals;
        this.validator = validator;
    }

    /** All time off of one professional, latest first; a professional has a handful a year. */
    public List<TimeOff> of(long professionalId) {
        return timeOff.findByProfessionalIdOrderByStartsAtDesc(professionalId);
    }

    /** The time off that overlaps [from, to), earliest first: what availability must subtract. */
    public List<TimeOff> overlapping(long professionalId, Instant from, Instant to) {
        return timeOff.findByProfessionalIdAndStartsAtBeforeAndEndsAtAfterOrderByStartsAt(professionalId, to, from);
    }

    /** The time off of several professionals that overlaps [from, to): what the agenda greys out. */
    public List<TimeOff> overlapping(Collection<Long> professionalIds, Instant from, Instant to) {
        return timeOff.findByProfessionalIdInAndStartsAtBeforeAndEndsAtAfterOrderByStartsAt(professionalIds, to, from);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TimeOff add(long professionalId, Instant startsAt, Instant endsAt, String reason) {
        if (startsAt == null) {
            throw ClinicException.onField("startsAt", "time-off.start.required");
        }
        if (endsAt == null || !endsAt.isAfter(startsAt)) {
            throw ClinicException.onField("endsAt", "time-off.order");
        }
        if (reason == null || reason.isBlank()) {
            throw ClinicException.onField("reason", "time-off.reason.required");
        }
        if (!professionals.existsById(professionalId)) {
            throw new ClinicException("professional.not-found");
        }
        TimeOff absence = new TimeOff(professionalId, startsAt, endsAt, reason);
        var violations = validator.validate(absence);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return timeOff.saveAndFlush(absence);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(long timeOffId) {
        timeOff.deleteById(timeOffId);
    }
}

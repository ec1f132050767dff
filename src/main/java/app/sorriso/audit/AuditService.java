package app.sorriso.audit;

import app.sorriso.security.ClinicUser;
import app.sorriso.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The LGPD trail of who saw or changed which patient's record. An entry is written in the caller's transaction, so a
 * change that fails leaves no entry claiming it happened; callers that only read must therefore run a read-write
 * transaction. An entry names the account and, for readability after an account is gone, its e-mail. Field values
 * never go into the trail, only which fields changed.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public void record(AuditAction action, Long patientId, String detail) {
        Long actorId = currentUser.get().map(ClinicUser::accountId).orElse(null);
        String actorEmail = currentUser.get().map(ClinicUser::getUsername).orElse(null);
        events.save(new AuditEvent(clock.instant(), actorId, actorEmail, action, patientId, detail));
    }

    /**
     * A login, successful or not, for the security trail. It happens before anyone is logged in, so the account is
     * named explicitly: by id and e-mail when it succeeded, by the e-mail typed when it failed.
     */
    @Transactional
    public void recordLogin(boolean succeeded, Long accountId, String email, String detail) {
        events.save(new AuditEvent(
                clock.instant(),
                accountId,
                email,
                succeeded ? AuditAction.LOGIN_SUCCEEDED : AuditAction.LOGIN_FAILED,
                null,
                detail));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<AuditEvent> trailOf(long patientId, Pageable pageable) {
        return events.findByPatientIdOrderByOccurredAtDesc(patientId, pageable);
    }

    /** The logged-in patient's own trail (LGPD): who opened or changed their record, and when, newest first. */
    @PreAuthorize("hasRole('PATIENT')")
    public List<AuditEvent> ownTrail(int limit) {
        return events.findTrailOfAccountsRecord(currentUser.require().accountId(), limit);
    }
}

package app.sorriso.audit;

import app.sorriso.security.ClinicUser;
import app.sorriso.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEventRepository events, JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
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

    /** The whole clinic's trail, newest first, a page at a time (the administrator's audit screen). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditLine> search(AuditTrailFilter filter, int offset, int limit) {
        Where where = where(filter);
        return jdbc.sql("""
                        select e.id, e.occurred_at, e.actor_email, e.action, e.patient_id, p.full_name, e.detail
                        from audit_event e left join patient p on p.id = e.patient_id
                        """ + where.sql() + " order by e.occurred_at desc, e.id desc offset :offset limit :limit")
                .params(where.params())
                .param("offset", offset)
                .param("limit", limit)
                .query(AuditService::line)
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditTrailFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from audit_event e " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** Every line the filter selects, newest first, read from a cursor so an export of any size streams. */
    @PreAuthorize("hasRole('ADMIN')")
    public void forEach(AuditTrailFilter filter, Consumer<AuditLine> each) {
        Where where = where(filter);
        try (Stream<AuditLine> lines = jdbc
                .sql("""
                        select e.id, e.occurred_at, e.actor_email, e.action, e.patient_id, p.full_name, e.detail
                        from audit_event e left join patient p on p.id = e.patient_id
                        """ + where.sql() + " order by e.occurred_at desc, e.id desc")
                .params(where.params())
                .query(AuditService::line)
                .stream()) {
            lines.forEach(each);
        }
    }

    private static AuditLine line(ResultSet row, int number) throws SQLException {
        long patientId = row.getLong("patient_id");
        boolean aboutNoPatient = row.wasNull();
        return new AuditLine(
                row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor_email"),
                AuditAction.valueOf(row.getString("action")),
                aboutNoPatient ? null : patientId,
                row.getString("full_name"),
                row.getString("detail"));
    }

    /** The filter as SQL conditions; only fixed text goes into the statement, every value is a parameter. */
    private Where where(AuditTrailFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        ZoneId zone = clock.getZone();
        if (filter.from() != null) {
            conditions.add("e.occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("e.occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.actor() != null) {
            conditions.add("e.actor_email ilike :actor escape '\\'");
            params.put(
                    "actor",
                    "%"
                            + filter.actor()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        return new Where(conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions), params);
    }

    private record Where(String sql, Map<String, Object> params) {}
}

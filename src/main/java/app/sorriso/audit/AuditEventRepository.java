package app.sorriso.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    Page<AuditEvent> findByPatientIdOrderByOccurredAtDesc(long patientId, Pageable pageable);

    /**
     * The trail of the record linked to a login, newest first. The audit module knows patients only by id, so the
     * link between login and record is followed here, in the database, rather than through the patients module.
     */
    @Query(value = """
            select e.* from audit_event e join patient p on p.id = e.patient_id
            where p.user_account_id = :accountId
            order by e.occurred_at desc, e.id desc
            limit :limit""", nativeQuery = true)
    List<AuditEvent> findTrailOfAccountsRecord(long accountId, int limit);
}

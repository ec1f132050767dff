package app.sorriso.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    Page<AuditEvent> findByPatientIdOrderByOccurredAtDesc(long patientId, Pageable pageable);
}

package app.sorriso.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail. Written once, never changed, so it has no version. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_email", length = 254)
    private String actorEmail;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "patient_id")
    private Long patientId;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected AuditEvent() {}

    AuditEvent(Instant occurredAt, Long actorId, String actorEmail, AuditAction action, Long patientId, String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action.name();
        this.patientId = patientId;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public AuditAction getAction() {
        return AuditAction.valueOf(action);
    }

    public Long getPatientId() {
        return patientId;
    }

    public String getDetail() {
        return detail;
    }
}

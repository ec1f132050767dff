package app.sorriso.professionals;

import app.sorriso.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A stretch when a professional does not see patients (holidays, a course, sick leave), with why. */
@Entity
@Table(name = "time_off")
public class TimeOff extends AbstractEntity {

    public static final int REASON_MAX = 200;

    /** By id, not by association: time off is always read for one professional the caller already has. */
    @Column(name = "professional_id", nullable = false, updatable = false)
    private Long professionalId;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @NotBlank
    @Size(max = REASON_MAX)
    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    protected TimeOff() {}

    TimeOff(Long professionalId, Instant startsAt, Instant endsAt, String reason) {
        this.professionalId = professionalId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason == null ? null : reason.strip();
    }

    public Long getProfessionalId() {
        return professionalId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getReason() {
        return reason;
    }
}

package app.sorriso.treatments;

import app.sorriso.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One item of a plan's checklist, optionally on one tooth (FDI notation). */
@Entity
@Table(name = "treatment_step")
public class TreatmentStep extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private TreatmentPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String description;

    @Column
    private Integer tooth;

    @Column(length = 7)
    private String surfaces;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal cost = BigDecimal.ZERO;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private Long doneBy;

    @Column(length = 2000)
    private String notes;

    protected TreatmentStep() {}

    TreatmentStep(
            TreatmentPlan plan,
            int position,
            String description,
            Integer tooth,
            LocalDate plannedDate,
            BigDecimal cost) {
        this.plan = plan;
        this.position = position;
        this.description = description;
        this.tooth = tooth;
        this.plannedDate = plannedDate;
        this.cost = cost;
    }

    void markDone(Long accountId, Instant when) {
        this.done = true;
        this.doneAt = when;
        this.doneBy = accountId;
    }

    public TreatmentPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public Integer getTooth() {
        return tooth;
    }

    public String getSurfaces() {
        return surfaces;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Long getDoneBy() {
        return doneBy;
    }

    public String getNotes() {
        return notes;
    }
}

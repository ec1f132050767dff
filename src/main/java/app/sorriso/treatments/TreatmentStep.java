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
import java.util.Set;

/** One item of a plan's checklist, optionally on one tooth (FDI notation) and some of its surfaces. */
@Entity
@Table(name = "treatment_step")
public class TreatmentStep extends AbstractEntity {

    public static final int DESCRIPTION_MAX = 300;
    public static final int NOTES_MAX = 2000;

    /** The largest cost {@code numeric(12, 2)} holds. */
    public static final BigDecimal COST_MAX = new BigDecimal("9999999999.99");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private TreatmentPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = DESCRIPTION_MAX)
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

    @Column(length = NOTES_MAX)
    private String notes;

    protected TreatmentStep() {}

    TreatmentStep(TreatmentPlan plan, int position, StepContent content) {
        this.plan = plan;
        this.position = position;
        fill(content);
    }

    void fill(StepContent content) {
        this.description = content.description();
        this.tooth = content.tooth();
        this.surfaces = Surface.join(content.surfaces());
        this.plannedDate = content.plannedDate();
        this.cost = content.cost();
        this.notes = content.notes();
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** Done, by the given account (null for work recorded by the system), at the given time. */
    void tick(Long accountId, Instant when) {
        this.done = true;
        this.doneAt = when;
        this.doneBy = accountId;
    }

    /** Not done after all: who and when go with it. */
    void untick() {
        this.done = false;
        this.doneAt = null;
        this.doneBy = null;
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

    /** The surfaces' letters in chart order ("MOD"), or null. */
    public String getSurfaces() {
        return surfaces;
    }

    public Set<Surface> surfaceSet() {
        return Surface.parse(surfaces);
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

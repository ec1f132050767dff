package app.sorriso.treatments.ui;

import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.StepContent;
import app.sorriso.treatments.Surface;
import app.sorriso.treatments.Tooth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** What the step form edits: a new step (perhaps on a tooth tapped on the odontogram) or an existing one. */
public class StepDraft {

    private final Long stepId;
    private final long version;
    private String description;
    private Tooth tooth;
    private Set<Surface> surfaces = EnumSet.noneOf(Surface.class);
    private LocalDate plannedDate;
    private BigDecimal cost;
    private String notes;

    private StepDraft(Long stepId, long version) {
        this.stepId = stepId;
        this.version = version;
    }

    static StepDraft fresh(Integer tooth) {
        StepDraft draft = new StepDraft(null, 0);
        draft.tooth = tooth == null ? null : new Tooth(tooth);
        return draft;
    }

    static StepDraft of(PlanOverview.Step step) {
        StepDraft draft = new StepDraft(step.id(), step.version());
        draft.description = step.description();
        draft.tooth = step.tooth() == null ? null : new Tooth(step.tooth());
        draft.surfaces = step.surfaces();
        draft.plannedDate = step.plannedDate();
        draft.cost = step.cost();
        draft.notes = step.notes();
        return draft;
    }

    StepContent content() {
        return new StepContent(description, tooth == null ? null : tooth.number(), surfaces, plannedDate, cost, notes);
    }

    boolean isNew() {
        return stepId == null;
    }

    Long stepId() {
        return stepId;
    }

    long version() {
        return version;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Tooth getTooth() {
        return tooth;
    }

    public void setTooth(Tooth tooth) {
        this.tooth = tooth;
    }

    public Set<Surface> getSurfaces() {
        return surfaces;
    }

    public void setSurfaces(Set<Surface> surfaces) {
        this.surfaces =
                surfaces == null || surfaces.isEmpty() ? EnumSet.noneOf(Surface.class) : EnumSet.copyOf(surfaces);
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}

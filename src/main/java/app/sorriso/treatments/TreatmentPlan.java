package app.sorriso.treatments;

import app.sorriso.base.AbstractEntity;
import app.sorriso.base.ClinicException;
import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dentist proposes to do for a patient, step by step. The plan keeps its steps' positions dense (0, 1, 2...)
 * as they are added, moved and removed, and refuses any change once it is closed.
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan extends AbstractEntity {

    public static final int NAME_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "professional_id")
    private Professional professional;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TreatmentStep> steps = new ArrayList<>();

    protected TreatmentPlan() {}

    TreatmentPlan(Patient patient, Professional professional, String name, String description) {
        this.patient = patient;
        this.professional = professional;
        describe(name, description);
    }

    void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    void assignTo(Professional professional) {
        this.professional = professional;
    }

    TreatmentStep addStep(StepContent content) {
        requireOpen();
        TreatmentStep step = new TreatmentStep(this, steps.size(), content);
        steps.add(step);
        return step;
    }

    void removeStep(TreatmentStep step) {
        requireOpen();
        if (step.isDone()) {
            throw new ClinicException("plan.step.remove.done");
        }
        steps.remove(step);
        renumber();
    }

    /** Puts the step at the given place (0 is first), shifting the others; a place past either end is clamped. */
    void moveStep(TreatmentStep step, int place) {
        requireOpen();
        steps.remove(step);
        steps.add(Math.clamp(place, 0, steps.size()), step);
        renumber();
    }

    /** Positions follow the list. The database checks them unique only at commit, so the swaps in between are fine. */
    private void renumber() {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).moveTo(i);
        }
    }

    void moveTo(PlanStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw new ClinicException("plan.status.refused." + next.name());
        }
        if (next == PlanStatus.COMPLETED) {
            if (steps.isEmpty()) {
                throw new ClinicException("plan.complete.no-steps");
            }
            long open = steps.stream().filter(step -> !step.isDone()).count();
            if (open > 0) {
                throw new ClinicException("plan.complete.steps-open", open);
            }
            completedAt = now;
        }
        if (next == PlanStatus.APPROVED) {
            approvedAt = now;
        }
        this.status = next;
    }

    void requireOpen() {
        if (!status.isOpen()) {
            throw new ClinicException("plan.closed");
        }
    }

    public Patient getPatient() {
        return patient;
    }

    public Professional getProfessional() {
        return professional;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public List<TreatmentStep> getSteps() {
        return List.copyOf(steps);
    }
}

package app.sorriso.treatments;

import app.sorriso.base.AbstractEntity;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a dentist proposes to do for a patient, step by step. */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "professional_id")
    private Professional professional;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 2000)
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
        this.name = name;
        this.description = description;
    }

    TreatmentStep addStep(String description, Integer tooth, LocalDate plannedDate, BigDecimal cost) {
        TreatmentStep step = new TreatmentStep(this, steps.size(), description, tooth, plannedDate, cost);
        steps.add(step);
        return step;
    }

    void setStatus(PlanStatus status, Instant now) {
        this.status = status;
        if (status == PlanStatus.APPROVED && approvedAt == null) {
            approvedAt = now;
        }
        if (status == PlanStatus.COMPLETED) {
            completedAt = now;
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

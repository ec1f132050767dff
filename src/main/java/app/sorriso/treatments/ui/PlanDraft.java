package app.sorriso.treatments.ui;

import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.TreatmentPlanService.NewPlan;
import app.sorriso.treatments.TreatmentPlanService.PlanDescription;
import java.util.List;

/** What the plan form edits: a new plan, or the name, description and dentist of an existing one. */
public class PlanDraft {

    private final Long patientId;
    private Patient patient;
    private Professional professional;
    private String name;
    private String description;
    private long createdId;

    /** A new plan, for the given patient or (null) one to choose. */
    PlanDraft(Long patientId, Professional professional) {
        this.patientId = patientId;
        this.professional = professional;
    }

    /** An existing plan's description. */
    PlanDraft(Professional professional, String name, String description) {
        this(null, professional);
        this.name = name;
        this.description = description;
    }

    NewPlan toNewPlan() {
        return new NewPlan(
                patient == null ? patientId : patient.getId(),
                professional == null ? null : professional.getId(),
                name,
                description,
                PlanStatus.DRAFT,
                List.of());
    }

    void created(long planId) {
        this.createdId = planId;
    }

    /** The plan made from this draft, once saved. */
    long createdId() {
        return createdId;
    }

    PlanDescription toDescription() {
        return new PlanDescription(name, description, professional == null ? 0 : professional.getId());
    }

    public Patient getPatient() {
        return patient;
    }

    public void setPatient(Patient patient) {
        this.patient = patient;
    }

    public Professional getProfessional() {
        return professional;
    }

    public void setProfessional(Professional professional) {
        this.professional = professional;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

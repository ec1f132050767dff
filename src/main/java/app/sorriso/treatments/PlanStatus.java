package app.sorriso.treatments;

/** A treatment plan's life: drafted, proposed to the patient, approved, carried out (or cancelled). */
public enum PlanStatus {
    DRAFT,
    PROPOSED,
    APPROVED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}

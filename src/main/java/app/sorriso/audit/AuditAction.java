package app.sorriso.audit;

/**
 * What happened to a patient's record (or who logged in, or failed to), as the trail names it; people read it through
 * {@code audit.action.*}.
 */
public enum AuditAction {
    PATIENT_VIEWED,
    PATIENT_CREATED,
    PATIENT_UPDATED,
    PATIENT_DEACTIVATED,
    PATIENT_REACTIVATED,
    PATIENT_DELETED,
    PATIENT_SIGNED_UP,
    CONTACTS_UPDATED,
    FILE_UPLOADED,
    FILE_OPENED,
    DATA_EXPORTED,
    PLAN_VIEWED,
    PLAN_CREATED,
    PLAN_UPDATED,
    PLAN_STATUS_CHANGED,
    PLAN_STEP_DONE,
    PLAN_STEP_UNDONE,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED;

    public String messageKey() {
        return "audit.action." + name();
    }
}

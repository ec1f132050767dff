package app.sorriso.treatments;

import java.util.EnumSet;
import java.util.Set;

/**
 * A treatment plan's life: drafted by the dentist, proposed to the patient, approved by them, carried out step by step,
 * and completed once every step is done; or cancelled at any point before that. Completed and cancelled plans are
 * closed: they are kept as they are, as clinical records.
 */
public enum PlanStatus {
    DRAFT,
    PROPOSED,
    APPROVED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /** The statuses of plans still being worked on, which lists show first. */
    public static final Set<PlanStatus> OPEN = EnumSet.of(DRAFT, PROPOSED, APPROVED, IN_PROGRESS);

    public boolean canBecome(PlanStatus next) {
        return next(this).contains(next);
    }

    /** The statuses this one may move to. */
    public Set<PlanStatus> next() {
        return next(this);
    }

    /** Whether steps may still be added, changed, reordered, ticked or removed. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Steps are done only once the patient has agreed to the plan. */
    public boolean allowsTicking() {
        return this == APPROVED || this == IN_PROGRESS;
    }

    /** Whether the patient sees the plan: from the moment it is put to them; a draft is still the dentist's. */
    public boolean isShownToPatient() {
        return this != DRAFT;
    }

    public String messageKey() {
        return "plan.status." + name();
    }

    private static Set<PlanStatus> next(PlanStatus status) {
        return switch (status) {
            case DRAFT -> EnumSet.of(PROPOSED, CANCELLED);
            case PROPOSED -> EnumSet.of(APPROVED, DRAFT, CANCELLED);
            case APPROVED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(PlanStatus.class);
        };
    }
}

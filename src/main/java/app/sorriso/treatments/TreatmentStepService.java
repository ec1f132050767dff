package app.sorriso.treatments;

import app.sorriso.audit.AuditAction;
import app.sorriso.audit.AuditService;
import app.sorriso.base.ClinicException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's steps: added, edited, moved and removed while the plan is open, and ticked as done (or not after all) once
 * the patient has approved it, recording who did it and when. Every change locks its plan first, so changes to one
 * plan take turns; each returns the plan as it now stands, for the screen to show.
 */
@Service
@Transactional(readOnly = true)
public class TreatmentStepService {

    private final TreatmentPlanRepository plans;
    private final TreatmentStepRepository steps;
    private final PlanAccess access;
    private final AuditService audit;
    private final Clock clock;

    TreatmentStepService(
            TreatmentPlanRepository plans,
            TreatmentStepRepository steps,
            PlanAccess access,
            AuditService audit,
            Clock clock) {
        this.plans = plans;
        this.steps = steps;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(TreatmentPlanService.CLINICIANS)
    public PlanOverview add(long planId, StepContent content) {
        TreatmentPlan plan = access.forChange(planId);
        TreatmentStep step = plan.addStep(content.checked(clock));
        return changed(plan, AuditAction.PLAN_UPDATED, step, "added");
    }

    @Transactional
    @PreAuthorize(TreatmentPlanService.CLINICIANS)
    public PlanOverview edit(long stepId, long seenVersion, StepContent content) {
        TreatmentPlan plan = planOf(stepId);
        TreatmentStep step = stepOf(plan, stepId, seenVersion, "error.concurrent-edit");
        plan.requireOpen();
        step.fill(content.checked(clock));
        return changed(plan, AuditAction.PLAN_UPDATED, step, "edited");
    }

    /** Removes a step not done; a done one is part of the record and must be unticked first, on purpose. */
    @Transactional
    @PreAuthorize(TreatmentPlanService.CLINICIANS)
    public PlanOverview remove(long stepId, long seenVersion) {
        TreatmentPlan plan = planOf(stepId);
        TreatmentStep step = stepOf(plan, stepId, seenVersion, "plan.step.changed");
        plan.removeStep(step);
        return changed(plan, AuditAction.PLAN_UPDATED, step, "removed");
    }

    /** Puts the step at the given place in its plan (0 is first), the others keeping their order. */
    @Transactional
    @PreAuthorize(TreatmentPlanService.CLINICIANS)
    public PlanOverview move(long stepId, int place) {
        TreatmentPlan plan = planOf(stepId);
        TreatmentStep step = stepOf(plan, stepId, null, null);
        plan.moveStep(step, place);
        return changed(plan, AuditAction.PLAN_UPDATED, step, "moved to " + (place + 1));
    }

    /**
     * Ticks the step as done by the person asking, now. The first step done starts an approved plan. A step someone
     * else changed since it was seen (ticked it, say) is refused, so nobody's tick is silently replaced.
     */
    @Transactional
    @PreAuthorize(TreatmentPlanService.CLINICIANS)
    public PlanOverview tick(long stepId, long seenVersion) {
        TreatmentPlan plan = planOf(stepId);
        TreatmentStep step = stepOf(plan, stepId, seenVersion, "plan.step.changed");
        return done(plan, step, access.accountId(), clock.instant());
    }

    /** Not done after all (a tick by mistake): who ticked it and when are cleared with it. */
    @Transactional
    @PreAuthorize(TreatmentPlanService.CLINICIANS)
    public PlanOverview untick(long stepId, long seenVersion) {
        TreatmentPlan plan = planOf(stepId);
        TreatmentStep step = stepOf(plan, stepId, seenVersion, "plan.step.changed");
        requireTicking(plan);
        if (!step.isDone()) {
            throw new ClinicException("plan.step.changed");
        }
        step.untick();
        return changed(plan, AuditAction.PLAN_STEP_UNDONE, step, null);
    }

    /**
     * Records work done elsewhere or earlier (the demo clinic, charts brought over from paper): the step done by the
     * given account at the given time.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PlanOverview recordDone(long stepId, Long accountId, Instant when) {
        TreatmentPlan plan = planOf(stepId);
        return done(plan, stepOf(plan, stepId, null, null), accountId, when);
    }

    private PlanOverview done(TreatmentPlan plan, TreatmentStep step, Long accountId, Instant when) {
        requireTicking(plan);
        if (step.isDone()) {
            throw new ClinicException("plan.step.changed");
        }
        if (plan.getStatus() == PlanStatus.APPROVED) {
            plan.moveTo(PlanStatus.IN_PROGRESS, when);
            audit.record(
                    AuditAction.PLAN_STATUS_CHANGED,
                    plan.getPatient().getId(),
                    "plan " + plan.getId() + " " + PlanStatus.APPROVED + " -> " + PlanStatus.IN_PROGRESS);
        }
        step.tick(accountId, when);
        return changed(plan, AuditAction.PLAN_STEP_DONE, step, null);
    }

    private static void requireTicking(TreatmentPlan plan) {
        if (!plan.getStatus().allowsTicking()) {
            throw new ClinicException(plan.getStatus().isOpen() ? "plan.tick.not-approved" : "plan.closed");
        }
    }

    private TreatmentPlan planOf(long stepId) {
        return access.forChange(steps.findPlanId(stepId).orElseThrow(PlanAccess::notFound));
    }

    /** The step within its locked plan, refused with {@code changedKey} if it changed since {@code seenVersion}. */
    private static TreatmentStep stepOf(TreatmentPlan plan, long stepId, Long seenVersion, String changedKey) {
        TreatmentStep step = plan.getSteps().stream()
                .filter(candidate -> candidate.getId() == stepId)
                .findFirst()
                .orElseThrow(PlanAccess::notFound);
        if (seenVersion != null && step.getVersion() != seenVersion) {
            throw new ClinicException(changedKey);
        }
        return step;
    }

    private PlanOverview changed(TreatmentPlan plan, AuditAction action, TreatmentStep step, String what) {
        plans.flush();
        audit.record(
                action,
                plan.getPatient().getId(),
                "plan " + plan.getId() + " step " + step.getId() + (what == null ? "" : " " + what));
        return access.overview(plan);
    }
}

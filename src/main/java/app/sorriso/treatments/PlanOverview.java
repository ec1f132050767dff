package app.sorriso.treatments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A treatment plan as its patient reads it: what, by whom, where it stands, and each step's progress. Built inside the
 * service's transaction, so screens never touch lazy associations.
 */
public record PlanOverview(
        long id,
        String name,
        String description,
        PlanStatus status,
        String professionalName,
        Instant createdAt,
        List<Step> steps) {

    static PlanOverview of(TreatmentPlan plan) {
        return new PlanOverview(
                plan.getId(),
                plan.getName(),
                plan.getDescription(),
                plan.getStatus(),
                plan.getProfessional().getName(),
                plan.getCreatedAt(),
                plan.getSteps().stream().map(Step::of).toList());
    }

    public long stepsDone() {
        return steps.stream().filter(Step::done).count();
    }

    public BigDecimal total() {
        return steps.stream().map(Step::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One step of the plan's checklist. */
    public record Step(
            String description, Integer tooth, LocalDate plannedDate, BigDecimal cost, boolean done, Instant doneAt) {

        static Step of(TreatmentStep step) {
            return new Step(
                    step.getDescription(),
                    step.getTooth(),
                    step.getPlannedDate(),
                    step.getCost(),
                    step.isDone(),
                    step.getDoneAt());
        }
    }
}

package app.sorriso.treatments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A treatment plan with its steps, as screens, the patient area and the API read it. Built inside the service's
 * transaction, so nobody touches lazy associations afterwards; it carries the versions the reader saw, which edits
 * send back so that a change made meanwhile by someone else is refused rather than overwritten.
 */
public record PlanOverview(
        long id,
        String name,
        String description,
        PlanStatus status,
        long patientId,
        String patientName,
        long professionalId,
        String professionalName,
        String professionalCro,
        Instant createdAt,
        Instant approvedAt,
        Instant completedAt,
        long version,
        PatientAlerts patientAlerts,
        List<Step> steps) {

    /** @param doneByName resolves the account that ticked a step to a name to show */
    static PlanOverview of(TreatmentPlan plan, Function<Long, String> doneByName) {
        return new PlanOverview(
                plan.getId(),
                plan.getName(),
                plan.getDescription(),
                plan.getStatus(),
                plan.getPatient().getId(),
                plan.getPatient().getFullName(),
                plan.getProfessional().getId(),
                plan.getProfessional().getName(),
                plan.getProfessional().cro(),
                plan.getCreatedAt(),
                plan.getApprovedAt(),
                plan.getCompletedAt(),
                plan.getVersion(),
                new PatientAlerts(
                        plan.getPatient().getAllergies(),
                        plan.getPatient().getConditions(),
                        plan.getPatient().getMedications()),
                plan.getSteps().stream().map(step -> Step.of(step, doneByName)).toList());
    }

    public PlanProgress progress() {
        return new PlanProgress(
                stepsDone(),
                steps.size(),
                sum(steps.stream().filter(Step::done).map(Step::cost).toList()),
                total());
    }

    public long stepsDone() {
        return steps.stream().filter(Step::done).count();
    }

    public BigDecimal total() {
        return sum(steps.stream().map(Step::cost).toList());
    }

    /** Each tooth that has steps, with how far its steps have come. */
    public Map<Integer, ToothState> teeth() {
        return ToothState.of(steps);
    }

    public List<Step> stepsOn(int tooth) {
        return steps.stream()
                .filter(step -> step.tooth() != null && step.tooth() == tooth)
                .toList();
    }

    public Step step(long stepId) {
        return steps.stream().filter(step -> step.id() == stepId).findFirst().orElseThrow();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the person treating the patient must keep in mind: allergies, conditions and medications. */
    public record PatientAlerts(String allergies, String conditions, String medications) {}

    /** One step of the plan's checklist; who ticked it is given by name, since accounts may be gone later. */
    public record Step(
            long id,
            int position,
            String description,
            Integer tooth,
            Set<Surface> surfaces,
            LocalDate plannedDate,
            BigDecimal cost,
            String notes,
            boolean done,
            Instant doneAt,
            String doneByName,
            long version) {

        static Step of(TreatmentStep step, Function<Long, String> doneByName) {
            return new Step(
                    step.getId(),
                    step.getPosition(),
                    step.getDescription(),
                    step.getTooth(),
                    step.surfaceSet(),
                    step.getPlannedDate(),
                    step.getCost(),
                    step.getNotes(),
                    step.isDone(),
                    step.getDoneAt(),
                    step.getDoneBy() == null ? null : doneByName.apply(step.getDoneBy()),
                    step.getVersion());
        }

        /** The step's content, for a form that edits it. */
        public StepContent content() {
            return new StepContent(description, tooth, surfaces, plannedDate, cost, notes);
        }
    }
}

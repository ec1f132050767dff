package app.sorriso.treatments;

import app.sorriso.base.ClinicDates;
import app.sorriso.base.ClinicException;
import app.sorriso.base.Texts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a step says: the procedure, where in the mouth, when it is planned and what it costs. The same for a new step
 * and an edited one; whether it is done is not part of it (ticking is its own action).
 *
 * @param tooth FDI number, or null for a step on no single tooth (a cleaning, an X-ray of the whole mouth)
 * @param surfaces the faces of that tooth the step covers; none for a step on the whole tooth
 * @param cost in reais, at most two decimal places
 */
public record StepContent(
        String description,
        Integer tooth,
        Set<Surface> surfaces,
        LocalDate plannedDate,
        BigDecimal cost,
        String notes) {

    public StepContent {
        description = description == null ? null : description.strip();
        surfaces = surfaces == null || surfaces.isEmpty() ? EnumSet.noneOf(Surface.class) : EnumSet.copyOf(surfaces);
        cost = cost == null ? BigDecimal.ZERO : cost;
        notes = Texts.blankToNull(notes) == null ? null : notes.strip();
    }

    /** A step with no surfaces and no notes: what most plans are made of. */
    public static StepContent of(String description, Integer tooth, LocalDate plannedDate, BigDecimal cost) {
        return new StepContent(description, tooth, null, plannedDate, cost, null);
    }

    @Override
    public Set<Surface> surfaces() {
        return surfaces.isEmpty() ? EnumSet.noneOf(Surface.class) : EnumSet.copyOf(surfaces);
    }

    /** Refuses, next to the field concerned, what the database would refuse less kindly. */
    StepContent checked(Clock clock) {
        ClinicDates.requireWithinReach(plannedDate, clock, "plannedDate");
        if (description == null || description.isEmpty()) {
            throw ClinicException.onField("description", "plan.step.description.required");
        }
        if (description.length() > TreatmentStep.DESCRIPTION_MAX) {
            throw ClinicException.onField("description", "plan.too-long", TreatmentStep.DESCRIPTION_MAX);
        }
        if (tooth != null && !Tooth.isValid(tooth)) {
            throw ClinicException.onField("tooth", "plan.step.tooth.invalid");
        }
        if (tooth == null && !surfaces.isEmpty()) {
            throw ClinicException.onField("surfaces", "plan.step.surfaces.need-tooth");
        }
        if (cost.signum() < 0 || cost.compareTo(TreatmentStep.COST_MAX) > 0) {
            throw ClinicException.onField("cost", "plan.step.cost.range");
        }
        if (cost.stripTrailingZeros().scale() > 2) {
            throw ClinicException.onField("cost", "plan.step.cost.cents");
        }
        if (notes != null && notes.length() > TreatmentStep.NOTES_MAX) {
            throw ClinicException.onField("notes", "plan.too-long", TreatmentStep.NOTES_MAX);
        }
        return this;
    }
}

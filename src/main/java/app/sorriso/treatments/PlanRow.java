package app.sorriso.treatments;

import java.math.BigDecimal;
import java.time.Instant;

/** A plan as the plans list shows it: who, by whom, where it stands, with its progress summed up in SQL. */
public record PlanRow(
        long id,
        String name,
        PlanStatus status,
        long patientId,
        String patientName,
        long professionalId,
        String professionalName,
        Instant createdAt,
        PlanProgress progress) {

    /** What the list query selects, in that order. */
    public PlanRow(
            long id,
            String name,
            PlanStatus status,
            long patientId,
            String patientName,
            long professionalId,
            String professionalName,
            Instant createdAt,
            long stepsTotal,
            long stepsDone,
            BigDecimal costTotal,
            BigDecimal costDone) {
        this(
                id,
                name,
                status,
                patientId,
                patientName,
                professionalId,
                professionalName,
                createdAt,
                new PlanProgress(stepsDone, stepsTotal, costDone, costTotal));
    }
}

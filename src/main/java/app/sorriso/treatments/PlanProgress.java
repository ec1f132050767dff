package app.sorriso.treatments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a plan has come: steps done out of all, and the cost of the steps done out of the plan's total, in reais.
 */
public record PlanProgress(long stepsDone, long stepsTotal, BigDecimal costDone, BigDecimal costTotal) {

    public PlanProgress {
        costDone = costDone.setScale(2, RoundingMode.UNNECESSARY);
        costTotal = costTotal.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Done out of all, from 0 to 1; a plan without steps has done nothing. */
    public double fraction() {
        return stepsTotal == 0 ? 0 : (double) stepsDone / stepsTotal;
    }

    public boolean isAllDone() {
        return stepsTotal > 0 && stepsDone == stepsTotal;
    }

    public BigDecimal costOpen() {
        return costTotal.subtract(costDone);
    }
}

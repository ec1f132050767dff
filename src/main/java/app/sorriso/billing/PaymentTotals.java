package app.sorriso.billing;

import java.math.BigDecimal;

/**
 * Sums of the payments a filter selects, computed by the database.
 *
 * @param count how many payments
 * @param received paid and not refunded
 * @param open pending, not yet due
 * @param overdue pending, past the due date
 * @param refunded paid and then given back
 */
public record PaymentTotals(long count, BigDecimal received, BigDecimal open, BigDecimal overdue, BigDecimal refunded) {

    /** What the patients owe: pending, whether or not already due. */
    public BigDecimal receivable() {
        return open.add(overdue);
    }
}

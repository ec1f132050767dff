package app.sorriso.billing;

import java.math.BigDecimal;

/** Count and sum of the payments of one method (null: never paid) in one state. */
public record PaymentBreakdown(PaymentMethod method, PaymentState state, long count, BigDecimal amount) {}

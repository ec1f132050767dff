package app.sorriso.billing;

/** Stored states of a payment. "Overdue" is not one of them: it is a pending payment past its due date. */
public enum PaymentStatus {
    PENDING,
    PAID,
    CANCELLED,
    REFUNDED
}

package app.sorriso.billing;

/**
 * A payment as people see it: the stored status, with a pending payment past its due date told apart as overdue.
 * Overdue is never stored; it follows from the due date and today.
 */
public enum PaymentState {
    PENDING,
    OVERDUE,
    PAID,
    CANCELLED,
    REFUNDED;

    static PaymentState of(PaymentStatus status, boolean overdue) {
        return switch (status) {
            case PENDING -> overdue ? OVERDUE : PENDING;
            case PAID -> PAID;
            case CANCELLED -> CANCELLED;
            case REFUNDED -> REFUNDED;
        };
    }

    /** The stored status behind this state. */
    PaymentStatus status() {
        return this == OVERDUE ? PaymentStatus.PENDING : PaymentStatus.valueOf(name());
    }

    public String messageKey() {
        return "payment.state." + name();
    }
}

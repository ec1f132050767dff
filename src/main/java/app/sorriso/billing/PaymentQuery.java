package app.sorriso.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * A filter in the repository's terms, every part given (the queries read it through SpEL, which cannot tell the
 * database the type of a null): an open end of the period is a date no payment falls on, "any status" is every
 * status, and "any method" or "any patient" is a flag. A state becomes a stored status and, for a pending payment,
 * which side of {@code today} its due date lies on; {@code today} also splits the totals into open and overdue.
 */
record PaymentQuery(
        LocalDate from,
        LocalDate to,
        List<PaymentStatus> statuses,
        LocalDate dueBefore,
        LocalDate dueFrom,
        boolean anyMethod,
        PaymentMethod method,
        boolean anyPatient,
        long patientId,
        LocalDate today) {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    static PaymentQuery of(PaymentFilter filter, LocalDate today) {
        PaymentState state = filter.state();
        return new PaymentQuery(
                filter.from() == null ? FIRST : filter.from(),
                filter.to() == null ? LAST : filter.to(),
                state == null ? List.of(PaymentStatus.values()) : List.of(state.status()),
                state == PaymentState.OVERDUE ? today : LAST,
                state == PaymentState.PENDING ? today : FIRST,
                filter.method() == null,
                filter.method() == null ? PaymentMethod.PIX : filter.method(),
                filter.patientId() == null,
                filter.patientId() == null ? 0 : filter.patientId(),
                today);
    }
}

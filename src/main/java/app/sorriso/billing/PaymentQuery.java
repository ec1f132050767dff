package app.sorriso.billing;

import java.time.LocalDate;

/**
 * A filter in the repository's terms: a state becomes a stored status and, for a pending one, which side of today its
 * due date lies on; {@code today} also splits the totals into open and overdue.
 */
record PaymentQuery(
        LocalDate from,
        LocalDate to,
        PaymentStatus status,
        LocalDate dueBefore,
        LocalDate dueFrom,
        PaymentMethod method,
        Long patientId,
        LocalDate today) {

    static PaymentQuery of(PaymentFilter filter, LocalDate today) {
        PaymentState state = filter.state();
        return new PaymentQuery(
                filter.from(),
                filter.to(),
                state == null ? null : state.status(),
                state == PaymentState.OVERDUE ? today : null,
                state == PaymentState.PENDING ? today : null,
                filter.method(),
                filter.patientId(),
                today);
    }
}

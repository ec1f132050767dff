package app.sorriso.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One payment as lists, reports and the patient area show it, with the patient's name already joined in, so screens
 * never reach into lazy associations outside a transaction. {@code version} is what the screen saw, so an action on a
 * payment someone else changed meanwhile is refused instead of overwriting their change.
 */
public record PaymentEntry(
        long id,
        long version,
        long patientId,
        String patientName,
        Long planId,
        String description,
        BigDecimal amount,
        LocalDate dueDate,
        Instant paidAt,
        PaymentMethod method,
        PaymentStatus status,
        Integer installment,
        Integer installmentCount,
        String cancelReason,
        Instant refundedAt,
        String refundReason) {

    /** Pending past its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == PaymentStatus.PENDING && dueDate.isBefore(today);
    }

    public PaymentState state(LocalDate today) {
        return PaymentState.of(status, status == PaymentStatus.PENDING && dueDate.isBefore(today));
    }

    /** "3/10" for the third of ten instalments; empty for a single payment. */
    public String instalmentLabel() {
        return installment == null ? "" : installment + "/" + installmentCount;
    }
}

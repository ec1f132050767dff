package app.sorriso.billing;

import app.sorriso.base.AbstractEntity;
import app.sorriso.base.ClinicException;
import app.sorriso.patients.Patient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An amount a patient owes or paid, possibly one instalment of a treatment plan's price. It moves from pending to paid
 * or cancelled, and from paid to refunded; nothing else (the database's check constraints say the same).
 */
@Entity
@Table(name = "payment")
public class Payment extends AbstractEntity {

    public static final int DESCRIPTION_MAX = 200;
    public static final int REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    /** The plan being paid for, if any; kept as an id so billing does not depend on the treatments module. */
    @Column(name = "plan_id")
    private Long planId;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentStatus status = PaymentStatus.PENDING;

    @Column
    private Integer installment;

    @Column(name = "installment_count")
    private Integer installmentCount;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Column(name = "refund_reason", length = REASON_MAX)
    private String refundReason;

    protected Payment() {}

    Payment(
            Patient patient,
            Long planId,
            String description,
            BigDecimal amount,
            LocalDate dueDate,
            Integer installment,
            Integer installmentCount) {
        this.patient = patient;
        this.planId = planId;
        this.description = description;
        this.amount = amount;
        this.dueDate = dueDate;
        this.installment = installment;
        this.installmentCount = installmentCount;
    }

    void markPaid(Instant when, PaymentMethod method) {
        refuseUnless(PaymentStatus.PENDING);
        this.status = PaymentStatus.PAID;
        this.paidAt = when;
        this.method = method;
    }

    void cancel(String reason) {
        refuseUnless(PaymentStatus.PENDING);
        this.status = PaymentStatus.CANCELLED;
        this.cancelReason = reason;
    }

    void refund(Instant when, String reason) {
        refuseUnless(PaymentStatus.PAID);
        this.status = PaymentStatus.REFUNDED;
        this.refundedAt = when;
        this.refundReason = reason;
    }

    private void refuseUnless(PaymentStatus expected) {
        if (status != expected) {
            throw new ClinicException(
                    expected == PaymentStatus.PENDING ? "payment.refused.not-pending" : "payment.refused.not-paid");
        }
    }

    /** Pending and past its due date, seen from the given day. */
    public boolean isOverdue(LocalDate today) {
        return status == PaymentStatus.PENDING && dueDate.isBefore(today);
    }

    public PaymentState state(LocalDate today) {
        return PaymentState.of(status, isOverdue(today));
    }

    public Patient getPatient() {
        return patient;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public Integer getInstallment() {
        return installment;
    }

    public Integer getInstallmentCount() {
        return installmentCount;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }

    public String getRefundReason() {
        return refundReason;
    }
}

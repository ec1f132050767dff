package app.sorriso.billing;

import app.sorriso.patients.PatientAccountService;
import app.sorriso.patients.PatientService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door to payments. */
@Service
@Transactional(readOnly = true)
public class PaymentService {

    private final PaymentRepository payments;
    private final PatientService patients;
    private final PatientAccountService patientAccounts;

    PaymentService(PaymentRepository payments, PatientService patients, PatientAccountService patientAccounts) {
        this.payments = payments;
        this.patients = patients;
        this.patientAccounts = patientAccounts;
    }

    @Transactional
    public Payment register(NewPayment request) {
        Payment payment = new Payment(
                patients.findById(request.patientId()).orElseThrow(),
                request.planId(),
                request.description(),
                request.amount(),
                request.dueDate(),
                request.installment(),
                request.installmentCount());
        return payments.saveAndFlush(payment);
    }

    @Transactional
    public Payment markPaid(long paymentId, Instant paidAt, PaymentMethod method) {
        Payment payment = payments.findById(paymentId).orElseThrow();
        payment.markPaid(paidAt, method);
        return payment;
    }

    /** The logged-in patient's own payments, latest due date first, read-only. */
    @PreAuthorize("hasRole('PATIENT')")
    public List<Payment> ownPayments() {
        return payments.findByPatientIdOrderByDueDateDesc(patientAccounts.ownId());
    }

    public record NewPayment(
            long patientId,
            Long planId,
            String description,
            BigDecimal amount,
            LocalDate dueDate,
            Integer installment,
            Integer installmentCount) {}
}

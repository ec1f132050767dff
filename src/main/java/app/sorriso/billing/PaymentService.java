package app.sorriso.billing;

import app.sorriso.patients.PatientService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door to payments. */
@Service
@Transactional(readOnly = true)
public class PaymentService {

    private final PaymentRepository payments;
    private final PatientService patients;

    PaymentService(PaymentRepository payments, PatientService patients) {
        this.payments = payments;
        this.patients = patients;
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

    public record NewPayment(
            long patientId,
            Long planId,
            String description,
            BigDecimal amount,
            LocalDate dueDate,
            Integer installment,
            Integer installmentCount) {}
}

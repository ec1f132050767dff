package app.sorriso.api;

import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentStatus;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.TreatmentPlanService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Patient")
class MyRecordsController {

    private final TreatmentPlanService plans;
    private final PaymentService payments;
    private final Clock clock;

    MyRecordsController(TreatmentPlanService plans, PaymentService payments, Clock clock) {
        this.plans = plans;
        this.payments = payments;
        this.clock = clock;
    }

    @GetMapping("/treatment-plans")
    @Operation(summary = "My treatment plans with their steps (drafts stay with the dentist until proposed)")
    List<PlanOverview> plans() {
        return plans.ownPlans();
    }

    @GetMapping("/treatment-plans/{id}")
    @Operation(summary = "One of my treatment plans")
    PlanOverview plan(@PathVariable long id) {
        return plans.ownPlans().stream()
                .filter(plan -> plan.id() == id)
                .findFirst()
                .orElseThrow(ApiRefusal::notFound);
    }

    @GetMapping("/payments")
    @Operation(summary = "My payments, latest due date first; overdue means pending past its due date")
    List<MyPayment> payments() {
        LocalDate today = LocalDate.now(clock);
        return payments.ofCurrentPatient().stream()
                .map(payment -> MyPayment.of(payment, today, clock))
                .toList();
    }

    record MyPayment(
            long id,
            String description,
            BigDecimal amount,
            String currency,
            LocalDate dueDate,
            PaymentStatus status,
            boolean overdue,
            OffsetDateTime paidAt,
            PaymentMethod method,
            Integer installment,
            Integer installmentCount) {

        static MyPayment of(PaymentEntry payment, LocalDate today, Clock clock) {
            return new MyPayment(
                    payment.id(),
                    payment.description(),
                    payment.amount(),
                    "BRL",
                    payment.dueDate(),
                    payment.status(),
                    payment.status() == PaymentStatus.PENDING
                            && payment.dueDate().isBefore(today),
                    payment.paidAt() == null ? null : OffsetDateTime.ofInstant(payment.paidAt(), clock.getZone()),
                    payment.method(),
                    payment.installment(),
                    payment.installmentCount());
        }
    }
}

package app.sorriso.demo;

import app.sorriso.billing.Payment;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentService.NewInstalments;
import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.TreatmentPlan;
import app.sorriso.treatments.TreatmentPlanService;
import app.sorriso.treatments.TreatmentPlanService.NewPlan;
import app.sorriso.treatments.TreatmentPlanService.NewStep;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/** Treatment plans in every state, with steps on real FDI teeth, and the payments that go with them. */
@Component
class DemoTreatments {

    private static final int PLAN_COUNT = 24;
    private static final PlanStatus[] STATUSES = {
        PlanStatus.DRAFT,
        PlanStatus.PROPOSED,
        PlanStatus.APPROVED,
        PlanStatus.IN_PROGRESS,
        PlanStatus.IN_PROGRESS,
        PlanStatus.IN_PROGRESS,
        PlanStatus.COMPLETED
    };
    private static final String[][] PROCEDURES = {
        {"Restauração em resina", "180.00"}, {"Tratamento de canal", "850.00"}, {"Extração simples", "220.00"},
        {"Coroa de porcelana", "1450.00"}, {"Limpeza e raspagem", "250.00"}, {"Aplicação de flúor", "90.00"},
        {"Implante dentário", "3200.00"}, {"Clareamento por arcada", "600.00"}
    };
    private static final int[] TEETH = {11, 12, 14, 16, 21, 24, 26, 36, 37, 46, 47, 55, 64, 75, 85};
    private static final PaymentMethod[] METHODS = PaymentMethod.values();

    private final TreatmentPlanService plans;
    private final PaymentService payments;
    private final Clock clock;

    DemoTreatments(TreatmentPlanService plans, PaymentService payments, Clock clock) {
        this.plans = plans;
        this.payments = payments;
        this.clock = clock;
    }

    Counts fill(List<Professional> dentists, List<Patient> patients, Random random) {
        int paymentCount = 0;
        for (int i = 0; i < PLAN_COUNT; i++) {
            Patient patient = patients.get(i * 2 % patients.size());
            Professional dentist = dentists.get(random.nextInt(dentists.size()));
            PlanStatus status = STATUSES[random.nextInt(STATUSES.length)];
            TreatmentPlan plan = plans.create(new NewPlan(
                    patient.getId(),
                    dentist.getId(),
                    "Plano " + (i + 1) + " - " + PROCEDURES[random.nextInt(PROCEDURES.length)][0],
                    null,
                    status,
                    steps(random)));
            tickSteps(plan, status, random);
            if (status != PlanStatus.DRAFT && status != PlanStatus.PROPOSED) {
                paymentCount += instalments(plan, patient, random);
            }
        }
        return new Counts(PLAN_COUNT, paymentCount);
    }

    private List<NewStep> steps(Random random) {
        LocalDate start = LocalDate.now(clock).minusWeeks(6);
        List<NewStep> steps = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String[] procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
            Integer tooth = random.nextInt(5) == 0 ? null : TEETH[random.nextInt(TEETH.length)];
            steps.add(new NewStep(procedure[0], tooth, start.plusWeeks(2L * i), new BigDecimal(procedure[1])));
        }
        return steps;
    }

    private void tickSteps(TreatmentPlan plan, PlanStatus status, Random random) {
        int done = switch (status) {
            case COMPLETED -> plan.getSteps().size();
            case IN_PROGRESS -> 1 + random.nextInt(plan.getSteps().size() - 1);
            default -> 0;
        };
        for (int position = 0; position < done; position++) {
            plans.markStepDone(plan.getId(), position, plan.getProfessional().getUserAccountId());
        }
    }

    /** The plan's total in monthly instalments (the service splits it); the past ones mostly paid on their day. */
    private int instalments(TreatmentPlan plan, Patient patient, Random random) {
        BigDecimal total =
                plan.getSteps().stream().map(step -> step.getCost()).reduce(BigDecimal.ZERO, BigDecimal::add);
        int count = 1 + random.nextInt(4);
        LocalDate firstDue = LocalDate.now(clock).minusMonths(2).withDayOfMonth(10);
        PaymentMethod method = METHODS[random.nextInt(METHODS.length)];
        List<Payment> created = payments.registerInstalments(
                new NewInstalments(patient.getId(), plan.getId(), plan.getName(), total, count, firstDue));
        for (Payment payment : created) {
            boolean settled = payment.getDueDate().isBefore(LocalDate.now(clock)) && random.nextInt(5) != 0;
            if (settled) {
                payments.markPaid(payment.getId(), payment.getVersion(), payment.getDueDate(), method);
            }
        }
        return count;
    }

    record Counts(int plans, int payments) {}
}

package app.sorriso.demo;

import app.sorriso.billing.Payment;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentService.NewInstalments;
import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.TreatmentPlan;
import app.sorriso.treatments.TreatmentPlanService;
import app.sorriso.treatments.TreatmentPlanService.NewPlan;
import app.sorriso.treatments.TreatmentStep;
import app.sorriso.treatments.TreatmentStepService;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Treatment plans in every state, made from the kinds of plan a general clinic writes every week (steps on real FDI
 * teeth and surfaces, with the clinic's prices), part done by their dentist on the planned days, and the payments
 * that go with them.
 */
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
        PlanStatus.COMPLETED,
        PlanStatus.CANCELLED
    };
    private static final PaymentMethod[] METHODS = PaymentMethod.values();

    private final TreatmentPlanService plans;
    private final TreatmentStepService steps;
    private final PaymentService payments;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoTreatments(
            TreatmentPlanService plans,
            TreatmentStepService steps,
            PaymentService payments,
            JdbcTemplate jdbc,
            Clock clock) {
        this.plans = plans;
        this.steps = steps;
        this.payments = payments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Counts fill(List<Professional> dentists, List<Patient> patients, Random random) {
        int paymentCount = 0;
        for (int i = 0; i < PLAN_COUNT; i++) {
            Patient patient = patients.get(i * 2 % patients.size());
            // The demo patient's login opens onto a plan under way, with something done and something still to do.
            PlanStatus status = i == 0 ? PlanStatus.IN_PROGRESS : STATUSES[random.nextInt(STATUSES.length)];
            DemoPlanTemplates.Template template = DemoPlanTemplates.ALL.get(i % DemoPlanTemplates.ALL.size());
            Professional dentist = template.specialist() >= 0
                    ? dentists.get(template.specialist() % dentists.size())
                    : dentists.get(random.nextInt(dentists.size()));
            TreatmentPlan plan = create(patient, dentist, template, status, random);
            if (status != PlanStatus.DRAFT && status != PlanStatus.PROPOSED) {
                paymentCount += instalments(plan, patient, random);
            }
        }
        return new Counts(PLAN_COUNT, paymentCount);
    }

    /**
     * Plans under way started weeks ago, one step a week, so their done steps lie in the past and the rest from this
     * week on; drafts and proposals start next week. A completed plan is created under way, all its steps ticked, then
     * completed, as a dentist would.
     */
    private TreatmentPlan create(
            Patient patient,
            Professional dentist,
            DemoPlanTemplates.Template template,
            PlanStatus status,
            Random random) {
        int count = template.items().size();
        int done = switch (status) {
            case COMPLETED -> count;
            case IN_PROGRESS -> 1 + random.nextInt(count - 1);
            default -> 0;
        };
        LocalDate today = LocalDate.now(clock);
        LocalDate start = done > 0 ? today.minusWeeks(done) : today.plusWeeks(1);
        LocalDate decided = done > 0 ? start.minusDays(4) : today.minusDays(2);
        TreatmentPlan plan = plans.create(new NewPlan(
                patient.getId(),
                dentist.getId(),
                template.name(),
                template.description(),
                status == PlanStatus.COMPLETED ? PlanStatus.IN_PROGRESS : status,
                template.steps(start),
                at(decided)));
        // The plans were written before they were approved; the record's own creation time says so.
        jdbc.update(
                "update treatment_plan set created_at = ? where id = ?",
                Timestamp.from(at(decided.minusDays(3))),
                plan.getId());
        PlanOverview overview = null;
        for (int position = 0; position < done; position++) {
            TreatmentStep step = plan.getSteps().get(position);
            overview = steps.recordDone(step.getId(), dentist.getUserAccountId(), at(step.getPlannedDate()));
        }
        if (status == PlanStatus.COMPLETED) {
            plans.moveTo(plan.getId(), overview.version(), PlanStatus.COMPLETED);
        }
        return plan;
    }

    private Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 30)).atZone(clock.getZone()).toInstant();
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

package app.sorriso.treatments;

import app.sorriso.patients.PatientAccountService;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.ProfessionalService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door to treatment plans and their steps. */
@Service
@Transactional(readOnly = true)
public class TreatmentPlanService {

    private final TreatmentPlanRepository plans;
    private final PatientService patients;
    private final PatientAccountService patientAccounts;
    private final ProfessionalService professionals;
    private final Clock clock;

    TreatmentPlanService(
            TreatmentPlanRepository plans,
            PatientService patients,
            PatientAccountService patientAccounts,
            ProfessionalService professionals,
            Clock clock) {
        this.plans = plans;
        this.patients = patients;
        this.patientAccounts = patientAccounts;
        this.professionals = professionals;
        this.clock = clock;
    }

    /** A plan with its steps, in the given order, in the given status. */
    @Transactional
    public TreatmentPlan create(NewPlan request) {
        TreatmentPlan plan = new TreatmentPlan(
                patients.findById(request.patientId()).orElseThrow(),
                professionals.findById(request.professionalId()).orElseThrow(),
                request.name(),
                request.description());
        request.steps()
                .forEach(step -> plan.addStep(step.description(), step.tooth(), step.plannedDate(), step.cost()));
        plan.setStatus(request.status(), clock.instant());
        return plans.saveAndFlush(plan);
    }

    /** Ticks a step as done by the given account now. */
    @Transactional
    public void markStepDone(long planId, int position, long accountId) {
        TreatmentPlan plan = plans.findById(planId).orElseThrow();
        plan.getSteps().get(position).markDone(accountId, clock.instant());
    }

    /**
     * The logged-in patient's own plans, read-only. Drafts stay the dentist's until proposed, so the patient sees a
     * plan from the moment it is put to them.
     */
    @PreAuthorize("hasRole('PATIENT')")
    public List<PlanOverview> ownPlans() {
        return plans
                .findByPatientIdAndStatusInOrderByCreatedAtDesc(
                        patientAccounts.ownId(),
                        List.of(
                                PlanStatus.PROPOSED,
                                PlanStatus.APPROVED,
                                PlanStatus.IN_PROGRESS,
                                PlanStatus.COMPLETED,
                                PlanStatus.CANCELLED))
                .stream()
                .map(PlanOverview::of)
                .toList();
    }

    public record NewPlan(
            long patientId,
            long professionalId,
            String name,
            String description,
            PlanStatus status,
            List<NewStep> steps) {}

    public record NewStep(String description, Integer tooth, LocalDate plannedDate, BigDecimal cost) {}
}

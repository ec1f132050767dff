package app.sorriso.treatments;

import app.sorriso.TestClinic;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.security.SystemTask;
import app.sorriso.security.UserAccountService;
import app.sorriso.treatments.TreatmentPlanService.NewPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Fresh plans for tests, for a fresh patient, written as the system so any test user may then act on them. */
@Component
public class TestPlans {

    private final TreatmentPlanService plans;
    private final TestClinic clinic;
    private final UserAccountService accounts;
    private final ProfessionalService professionals;

    TestPlans(
            TreatmentPlanService plans,
            TestClinic clinic,
            UserAccountService accounts,
            ProfessionalService professionals) {
        this.plans = plans;
        this.clinic = clinic;
        this.accounts = accounts;
        this.professionals = professionals;
    }

    /** The professional record of a demo dentist, by login. */
    public long professionalOf(String login) {
        long account = accounts.findByEmail(login).orElseThrow().getId();
        return professionals.findByAccount(account).orElseThrow().getId();
    }

    /** A plan of the given dentist (by login) with three steps costing 100.10, 200.20 and 0.30 reais. */
    public PlanOverview of(String dentistLogin, PlanStatus status) {
        return of(professionalOf(dentistLogin), status);
    }

    public PlanOverview of(long professionalId, PlanStatus status) {
        return forPatient(clinic.newPatient().getId(), professionalId, status);
    }

    /** The same three-step plan, for a given patient. */
    public PlanOverview forPatient(long patientId, long professionalId, PlanStatus status) {
        return SystemTask.run(() -> {
            TreatmentPlan plan = plans.create(new NewPlan(
                    patientId,
                    professionalId,
                    "Plano de teste",
                    null,
                    status,
                    List.of(
                            new StepContent(
                                    "Restauração", 16, Set.of(Surface.O, Surface.M), day(1), money("100.10"), null),
                            StepContent.of("Canal", 46, day(8), money("200.20")),
                            StepContent.of("Flúor", null, day(15), money("0.30")))));
            return plans.open(plan.getId()).orElseThrow();
        });
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static LocalDate day(int offset) {
        return LocalDate.of(2026, 12, 1).plusDays(offset);
    }
}

package app.sorriso.treatments;

import app.sorriso.base.ClinicException;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.security.ClinicUser;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import app.sorriso.security.UserAccount;
import app.sorriso.security.UserAccountService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change which plan, and plans loaded for changing or reading. The administrator changes any plan; a dentist
 * changes the plans they are responsible for, so a colleague's treatment is never altered by mistake on a shared
 * tablet (they still read it); the desk and patients only read.
 */
@Component
class PlanAccess {

    private final TreatmentPlanRepository plans;
    private final ProfessionalService professionals;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;

    PlanAccess(
            TreatmentPlanRepository plans,
            ProfessionalService professionals,
            UserAccountService accounts,
            CurrentUser currentUser) {
        this.plans = plans;
        this.professionals = professionals;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The plan, locked until the transaction ends, if the person asking may change it. */
    TreatmentPlan forChange(long planId) {
        TreatmentPlan plan = plans.lockById(planId).orElseThrow(PlanAccess::notFound);
        requireResponsible(plan.getProfessional().getId());
        return plan;
    }

    /** As {@link #forChange}, refusing if the plan changed since the person saw it at {@code seenVersion}. */
    TreatmentPlan forChange(long planId, long seenVersion) {
        TreatmentPlan plan = forChange(planId);
        if (plan.getVersion() != seenVersion) {
            throw new ClinicException("error.concurrent-edit");
        }
        return plan;
    }

    void requireResponsible(long professionalId) {
        if (!mayChange(professionalId)) {
            throw new ClinicException("plan.not-responsible");
        }
    }

    boolean mayChange(long professionalId) {
        if (hasAuthority(Role.ADMIN)) {
            return true;
        }
        return hasAuthority(Role.DENTIST)
                && ownProfessionalId().map(own -> own == professionalId).orElse(false);
    }

    boolean mayPlan() {
        return hasAuthority(Role.ADMIN)
                || (hasAuthority(Role.DENTIST) && ownProfessionalId().isPresent());
    }

    /** The professional record of the dentist asking, if they have one. */
    Optional<Long> ownProfessionalId() {
        return currentUser
                .get()
                .filter(user -> user.role() == Role.DENTIST)
                .map(ClinicUser::accountId)
                .flatMap(professionals::findByAccount)
                .map(Professional::getId);
    }

    /** The account of the person asking; none for the system's own work (demo data). */
    Long accountId() {
        return currentUser.get().map(ClinicUser::accountId).orElse(null);
    }

    /** The plan as screens read it, with the names of whoever ticked its steps. */
    PlanOverview overview(TreatmentPlan plan) {
        Map<Long, String> names = new HashMap<>();
        return PlanOverview.of(plan, id -> names.computeIfAbsent(id, this::accountName));
    }

    private String accountName(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getName).orElse(null);
    }

    /**
     * By authority rather than by {@link CurrentUser}, so that the system's own work (the demo clinic), which runs as
     * an administrator without an account, passes like any administrator.
     */
    private static boolean hasAuthority(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(granted -> role.authority().equals(granted.getAuthority()));
    }

    static ClinicException notFound() {
        return new ClinicException("plan.not-found");
    }
}

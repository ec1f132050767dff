package app.sorriso.treatments;

import app.sorriso.audit.AuditAction;
import app.sorriso.audit.AuditService;
import app.sorriso.base.ClinicException;
import app.sorriso.base.Texts;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to treatment plans: creating them, their status, and reading them. The desk reads every plan; the
 * administrator and the responsible dentist change them (see {@link PlanAccess}); a patient reads only their own, and
 * not while they are drafts. Plans are clinical records: each opening and each change goes into the patient's audit
 * trail. Steps are changed through {@link TreatmentStepService}.
 */
@Service
@Transactional(readOnly = true)
public class TreatmentPlanService {

    static final String STAFF = "hasAnyRole('ADMIN', 'RECEPTION', 'DENTIST')";
    static final String CLINICIANS = "hasAnyRole('ADMIN', 'DENTIST')";

    /** The way a plan goes from draft to completed, which {@link #create} walks to reach the status asked for. */
    private static final List<PlanStatus> FORWARD = List.of(
            PlanStatus.DRAFT, PlanStatus.PROPOSED, PlanStatus.APPROVED, PlanStatus.IN_PROGRESS, PlanStatus.COMPLETED);

    private final TreatmentPlanRepository plans;
    private final PlanAccess access;
    private final PatientService patients;
    private final PatientAccountService patientAccounts;
    private final ProfessionalService professionals;
    private final AuditService audit;
    private final Clock clock;

    TreatmentPlanService(
            TreatmentPlanRepository plans,
            PlanAccess access,
            PatientService patients,
            PatientAccountService patientAccounts,
            ProfessionalService professionals,
            AuditService audit,
            Clock clock) {
        this.plans = plans;
        this.access = access;
        this.patients = patients;
        this.patientAccounts = patientAccounts;
        this.professionals = professionals;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new plan with its steps, taken through the usual statuses up to the one asked for (a dentist writing down a
     * plan the patient already agreed to asks for APPROVED). A plan asked for as COMPLETED is refused: its steps are
     * not done yet.
     */
    @Transactional
    @PreAuthorize(CLINICIANS)
    public TreatmentPlan create(NewPlan request) {
        Patient patient = Optional.ofNullable(request.patientId())
                .flatMap(patients::findById)
                .orElseThrow(() -> ClinicException.onField("patient", "plan.patient.required"));
        Professional professional = professionalFor(request.professionalId());
        TreatmentPlan plan = new TreatmentPlan(
                patient, professional, checkedName(request.name()), checkedDescription(request.description()));
        request.steps().forEach(step -> plan.addStep(step.checked(clock)));
        TreatmentPlan saved = plans.saveAndFlush(plan);
        Instant decided = request.decidedAt() == null ? clock.instant() : request.decidedAt();
        if (request.status() == PlanStatus.CANCELLED) {
            saved.moveTo(PlanStatus.CANCELLED, decided);
        } else {
            FORWARD.subList(1, FORWARD.indexOf(request.status()) + 1).forEach(next -> saved.moveTo(next, decided));
        }
        audit.record(AuditAction.PLAN_CREATED, patient.getId(), "plan " + saved.getId());
        return plans.saveAndFlush(saved);
    }

    /** A new name, description or responsible professional for a plan still open. */
    @Transactional
    @PreAuthorize(CLINICIANS)
    public PlanOverview describe(long planId, long seenVersion, PlanDescription changes) {
        TreatmentPlan plan = access.forChange(planId, seenVersion);
        plan.requireOpen();
        plan.describe(checkedName(changes.name()), checkedDescription(changes.description()));
        if (changes.professionalId() != plan.getProfessional().getId()) {
            plan.assignTo(professionalFor(changes.professionalId()));
        }
        audit.record(AuditAction.PLAN_UPDATED, plan.getPatient().getId(), "plan " + planId);
        return access.overview(plans.saveAndFlush(plan));
    }

    /** Moves the plan to the next status, if the current one allows it; completing needs every step done. */
    @Transactional
    @PreAuthorize(CLINICIANS)
    public PlanOverview moveTo(long planId, long seenVersion, PlanStatus next) {
        TreatmentPlan plan = access.forChange(planId, seenVersion);
        PlanStatus before = plan.getStatus();
        plan.moveTo(next, clock.instant());
        audit.record(
                AuditAction.PLAN_STATUS_CHANGED,
                plan.getPatient().getId(),
                "plan " + planId + " " + before + " -> " + next);
        return access.overview(plans.saveAndFlush(plan));
    }

    /** One page of plans, without counting them all. */
    @PreAuthorize(STAFF)
    public Slice<PlanRow> search(PlanSearch search, Pageable page) {
        return plans.search(search.statuses(), search.professionalId(), search.patientId(), search.pattern(), page);
    }

    @PreAuthorize(STAFF)
    public long count(PlanSearch search) {
        return plans.countSearch(search.statuses(), search.professionalId(), search.patientId(), search.pattern());
    }

    /** A plan as a person opens it on screen, which the patient's audit trail notes. */
    @Transactional
    @PreAuthorize(STAFF)
    public Optional<PlanOverview> open(long planId) {
        Optional<TreatmentPlan> plan = plans.findWhole(planId);
        plan.ifPresent(found ->
                audit.record(AuditAction.PLAN_VIEWED, found.getPatient().getId(), "plan " + planId));
        return plan.map(access::overview);
    }

    /** A plan already open on screen, read again after a change (the opening was audited already). */
    @PreAuthorize(STAFF)
    public Optional<PlanOverview> find(long planId) {
        return plans.findWhole(planId).map(access::overview);
    }

    /** A patient's plans, newest first, for their page (whose opening is audited already). */
    @PreAuthorize(STAFF)
    public List<PlanOverview> ofPatient(long patientId) {
        return plans.findByPatientIdOrderByCreatedAtDesc(patientId).stream()
                .map(access::overview)
                .toList();
    }

    /** The logged-in patient's own plans, newest first: every plan from the moment it is put to them. */
    @PreAuthorize("hasRole('PATIENT')")
    public List<PlanOverview> ownPlans() {
        return plans.findByPatientIdAndStatusInOrderByCreatedAtDesc(patientAccounts.ownId(), shownToPatients()).stream()
                .map(access::overview)
                .toList();
    }

    /** One of the logged-in patient's own plans; someone else's plan is answered as one that does not exist. */
    @PreAuthorize("hasRole('PATIENT')")
    public Optional<PlanOverview> ownPlan(long planId) {
        return ownPlans().stream().filter(plan -> plan.id() == planId).findFirst();
    }

    /** Whether the person asking may change this plan: the screens offer only what the service will accept. */
    @PreAuthorize(STAFF)
    public boolean canChange(PlanOverview plan) {
        return access.mayChange(plan.professionalId());
    }

    /** Whether the person asking may start plans: the administrator, and dentists (for their own patients' care). */
    @PreAuthorize(STAFF)
    public boolean canPlan() {
        return access.mayPlan();
    }

    /** The professional a dentist works as, to preselect their own plans; empty for everyone else. */
    @PreAuthorize(STAFF)
    public Optional<Long> ownProfessionalId() {
        return access.ownProfessionalId();
    }

    private Professional professionalFor(Long professionalId) {
        if (professionalId == null) {
            throw ClinicException.onField("professional", "plan.professional.required");
        }
        if (!access.mayChange(professionalId)) {
            throw ClinicException.onField("professional", "plan.not-responsible");
        }
        return professionals
                .findById(professionalId)
                .orElseThrow(() -> ClinicException.onField("professional", "plan.professional.required"));
    }

    private static String checkedName(String name) {
        String stripped = Texts.blankToNull(name) == null ? null : name.strip();
        if (stripped == null) {
            throw ClinicException.onField("name", "plan.name.required");
        }
        if (stripped.length() > TreatmentPlan.NAME_MAX) {
            throw ClinicException.onField("name", "plan.too-long", TreatmentPlan.NAME_MAX);
        }
        return stripped;
    }

    private static String checkedDescription(String description) {
        String stripped = Texts.blankToNull(description) == null ? null : description.strip();
        if (stripped != null && stripped.length() > TreatmentPlan.DESCRIPTION_MAX) {
            throw ClinicException.onField("description", "plan.too-long", TreatmentPlan.DESCRIPTION_MAX);
        }
        return stripped;
    }

    private static EnumSet<PlanStatus> shownToPatients() {
        EnumSet<PlanStatus> shown = EnumSet.noneOf(PlanStatus.class);
        for (PlanStatus status : PlanStatus.values()) {
            if (status.isShownToPatient()) {
                shown.add(status);
            }
        }
        return shown;
    }

    /**
     * A plan to create.
     *
     * @param status where the plan should stand once created; see {@link #create}
     * @param decidedAt when it reached that status, for plans brought over from paper charts; null for now
     */
    public record NewPlan(
            Long patientId,
            Long professionalId,
            String name,
            String description,
            PlanStatus status,
            List<StepContent> steps,
            Instant decidedAt) {

        public NewPlan {
            status = status == null ? PlanStatus.DRAFT : status;
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        public NewPlan(
                Long patientId,
                Long professionalId,
                String name,
                String description,
                PlanStatus status,
                List<StepContent> steps) {
            this(patientId, professionalId, name, description, status, steps, null);
        }
    }

    /** What describes a plan apart from its steps. */
    public record PlanDescription(String name, String description, long professionalId) {}
}

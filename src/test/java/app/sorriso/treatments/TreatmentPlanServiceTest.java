package app.sorriso.treatments;

import static app.sorriso.treatments.TestPlans.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.base.ClinicException;
import app.sorriso.security.SystemTask;
import app.sorriso.treatments.TreatmentPlanService.NewPlan;
import app.sorriso.treatments.TreatmentPlanService.PlanDescription;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A plan's statuses, who may change it, and who may read it. */
@ClinicIntegrationTest
class TreatmentPlanServiceTest {

    static final String DENTIST = "dentista@sorriso.demo";

    @Autowired
    TreatmentPlanService plans;

    @Autowired
    TreatmentStepService steps;

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestClinic clinic;

    @Autowired
    JdbcTemplate jdbc;

    static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo(key));
    }

    @Test
    @WithUserDetails(DENTIST)
    void a_plan_goes_from_draft_through_approval_to_completion_with_its_dates() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.DRAFT);

        plan = plans.moveTo(plan.id(), plan.version(), PlanStatus.PROPOSED);
        plan = plans.moveTo(plan.id(), plan.version(), PlanStatus.APPROVED);
        assertThat(plan.approvedAt()).isNotNull();
        for (PlanOverview.Step step : plan.steps()) {
            plan = steps.tick(step.id(), step.version());
        }
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_PROGRESS);
        plan = plans.moveTo(plan.id(), plan.version(), PlanStatus.COMPLETED);

        assertThat(plan.status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(plan.completedAt()).isAfterOrEqualTo(plan.approvedAt());
    }

    @Test
    @WithUserDetails(DENTIST)
    void a_status_the_current_one_does_not_lead_to_is_refused_with_a_reason() {
        PlanOverview draft = testPlans.of(DENTIST, PlanStatus.DRAFT);

        assertRefused(
                () -> plans.moveTo(draft.id(), draft.version(), PlanStatus.APPROVED), "plan.status.refused.APPROVED");
        assertRefused(
                () -> plans.moveTo(draft.id(), draft.version(), PlanStatus.COMPLETED), "plan.status.refused.COMPLETED");
        assertThat(plans.open(draft.id()).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    @WithUserDetails(DENTIST)
    void a_plan_with_steps_still_to_do_cannot_be_completed() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.IN_PROGRESS);
        PlanOverview.Step first = plan.steps().getFirst();
        PlanOverview ticked = steps.tick(first.id(), first.version());

        assertRefused(
                () -> plans.moveTo(ticked.id(), ticked.version(), PlanStatus.COMPLETED), "plan.complete.steps-open");
    }

    @Test
    @WithUserDetails(DENTIST)
    void a_closed_plan_takes_no_more_changes() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.PROPOSED);
        PlanOverview cancelled = plans.moveTo(plan.id(), plan.version(), PlanStatus.CANCELLED);
        PlanOverview.Step step = cancelled.steps().getFirst();

        assertRefused(() -> steps.add(plan.id(), StepContent.of("Mais uma", 11, null, null)), "plan.closed");
        assertRefused(() -> steps.edit(step.id(), step.version(), step.content()), "plan.closed");
        assertRefused(() -> steps.move(step.id(), 2), "plan.closed");
        assertRefused(
                () -> plans.moveTo(plan.id(), cancelled.version(), PlanStatus.DRAFT), "plan.status.refused.DRAFT");
    }

    @Test
    @WithUserDetails(DENTIST)
    void a_change_to_a_plan_someone_else_changed_meanwhile_is_refused() {
        PlanOverview seen = testPlans.of(DENTIST, PlanStatus.DRAFT);
        plans.describe(seen.id(), seen.version(), new PlanDescription("Outro nome", null, seen.professionalId()));

        assertRefused(() -> plans.moveTo(seen.id(), seen.version(), PlanStatus.PROPOSED), "error.concurrent-edit");
        assertRefused(
                () -> plans.describe(seen.id(), seen.version(), new PlanDescription("X", null, seen.professionalId())),
                "error.concurrent-edit");
    }

    @Test
    @WithUserDetails(DENTIST)
    void a_dentist_changes_their_own_plans_and_only_reads_a_colleagues() {
        PlanOverview colleagues = testPlans.of("dentista2@sorriso.demo", PlanStatus.APPROVED);
        PlanOverview.Step step = colleagues.steps().getFirst();

        assertThat(plans.open(colleagues.id())).isPresent();
        assertThat(plans.canChange(colleagues)).isFalse();
        assertRefused(() -> steps.tick(step.id(), step.version()), "plan.not-responsible");
        assertRefused(
                () -> plans.moveTo(colleagues.id(), colleagues.version(), PlanStatus.CANCELLED),
                "plan.not-responsible");
        assertRefused(
                () -> plans.create(new NewPlan(
                        colleagues.patientId(),
                        colleagues.professionalId(),
                        "Plano de outro",
                        null,
                        PlanStatus.DRAFT,
                        List.of())),
                "plan.not-responsible");
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_desk_reads_plans_but_changes_none() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.APPROVED);
        PlanOverview.Step step = plan.steps().getFirst();

        assertThat(plans.open(plan.id())).isPresent();
        assertThat(plans.canChange(plan)).isFalse();
        assertThatThrownBy(() -> steps.tick(step.id(), step.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.moveTo(plan.id(), plan.version(), PlanStatus.CANCELLED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.add(plan.id(), StepContent.of("Extra", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_reads_their_own_plans_but_not_drafts_nor_anyone_elses() {
        long ownId = jdbc.queryForObject("select id from patient where email = 'paciente@sorriso.demo'", Long.class);
        PlanOverview someoneElses = testPlans.of(DENTIST, PlanStatus.APPROVED);
        long draftId = SystemTask.run(() -> plans.create(new NewPlan(
                        ownId, someoneElses.professionalId(), "Rascunho", null, PlanStatus.DRAFT, List.of()))
                .getId());

        List<PlanOverview> own = plans.ownPlans();

        assertThat(own)
                .isNotEmpty()
                .allSatisfy(plan -> assertThat(plan.patientId()).isEqualTo(ownId));
        assertThat(own).noneMatch(plan -> plan.id() == draftId);
        assertThat(plans.ownPlan(own.getFirst().id())).isPresent();
        assertThat(plans.ownPlan(someoneElses.id())).isEmpty();
        assertThat(plans.ownPlan(draftId)).isEmpty();
        assertThatThrownBy(() -> plans.open(someoneElses.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.ofPatient(someoneElses.patientId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_list_sums_each_plans_progress_in_sql_to_the_cent() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.APPROVED);
        SystemTask.run(() -> steps.recordDone(plan.steps().get(2).id(), null, Instant.now()));

        PlanRow row = plans.search(
                        new PlanSearch(null, null, null, plan.patientId()), PageRequest.of(0, 10, Sort.by("createdAt")))
                .getContent()
                .getFirst();

        assertThat(row.progress().stepsDone()).isEqualTo(1);
        assertThat(row.progress().stepsTotal()).isEqualTo(3);
        assertThat(row.progress().costDone()).isEqualTo(money("0.30"));
        assertThat(row.progress().costTotal()).isEqualTo(money("300.60"));
        assertThat(row.progress().costOpen()).isEqualTo(money("300.30"));
        assertThat(plans.open(plan.id()).orElseThrow().progress()).isEqualTo(row.progress());
        assertThat(row.status()).isEqualTo(PlanStatus.IN_PROGRESS);
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_list_finds_plans_by_patient_name_without_accents_and_sorts_by_patient() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.PROPOSED);
        String typed = plan.patientName().replace("Paciente", "PACIÊNTE");

        List<PlanRow> found = plans.search(
                        new PlanSearch(typed, Set.of(PlanStatus.PROPOSED), null, null),
                        PageRequest.of(0, 50, Sort.by("pa.fullName")))
                .getContent();

        assertThat(found).extracting(PlanRow::id).contains(plan.id());
        assertThat(found).extracting(PlanRow::status).containsOnly(PlanStatus.PROPOSED);
        assertThat(found).extracting(PlanRow::patientName).isSorted();
        assertThat(plans.count(new PlanSearch(typed, Set.of(PlanStatus.PROPOSED), null, null)))
                .isEqualTo(found.size());
    }
}

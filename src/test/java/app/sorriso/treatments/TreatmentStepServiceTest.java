package app.sorriso.treatments;

import static app.sorriso.treatments.TestPlans.money;
import static app.sorriso.treatments.TreatmentPlanServiceTest.DENTIST;
import static app.sorriso.treatments.TreatmentPlanServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.security.UserAccountService;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Steps: their order, their content's rules, and ticking them with who and when. */
@ClinicIntegrationTest
@WithUserDetails(DENTIST)
class TreatmentStepServiceTest {

    @Autowired
    TreatmentStepService steps;

    @Autowired
    TreatmentPlanService plans;

    @Autowired
    TestPlans testPlans;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private List<String> descriptions(PlanOverview plan) {
        return plan.steps().stream().map(PlanOverview.Step::description).toList();
    }

    /** The positions as the database holds them, in order. */
    private List<Integer> storedPositions(long planId) {
        return jdbc.queryForList(
                "select position from treatment_step where plan_id = ? order by position", Integer.class, planId);
    }

    @Test
    void moving_and_removing_steps_keeps_positions_unique_and_dense() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.DRAFT);
        plan = steps.add(plan.id(), StepContent.of("Coroa", 46, null, money("1450.00")));
        long crown = plan.steps().getLast().id();

        plan = steps.move(crown, 0);
        assertThat(descriptions(plan)).containsExactly("Coroa", "Restauração", "Canal", "Flúor");
        plan = steps.move(plan.steps().get(1).id(), 3);
        assertThat(descriptions(plan)).containsExactly("Coroa", "Canal", "Flúor", "Restauração");
        PlanOverview.Step canal = plan.steps().get(1);
        plan = steps.remove(canal.id(), canal.version());

        assertThat(descriptions(plan)).containsExactly("Coroa", "Flúor", "Restauração");
        assertThat(plan.steps()).extracting(PlanOverview.Step::position).containsExactly(0, 1, 2);
        assertThat(storedPositions(plan.id())).containsExactly(0, 1, 2);
        assertThat(descriptions(plans.open(plan.id()).orElseThrow())).containsExactly("Coroa", "Flúor", "Restauração");
    }

    @Test
    void a_move_past_either_end_lands_at_that_end() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.APPROVED);

        plan = steps.move(plan.steps().getFirst().id(), 99);
        plan = steps.move(plan.steps().get(1).id(), -5);

        assertThat(descriptions(plan)).containsExactly("Flúor", "Canal", "Restauração");
        assertThat(storedPositions(plan.id())).containsExactly(0, 1, 2);
    }

    @Test
    void a_tick_records_who_and_when_and_an_untick_clears_both() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.APPROVED);
        PlanOverview.Step canal = plan.steps().get(1);
        Instant before = Instant.now();

        PlanOverview ticked = steps.tick(canal.id(), canal.version());
        PlanOverview.Step done = ticked.step(canal.id());

        assertThat(done.done()).isTrue();
        assertThat(done.doneAt()).isBetween(before, Instant.now());
        assertThat(done.doneByName()).isEqualTo("Dra. Helena Martins");
        assertThat(jdbc.queryForObject("select done_by from treatment_step where id = ?", Long.class, canal.id()))
                .isEqualTo(accounts.findByEmail(DENTIST).orElseThrow().getId());
        assertThat(ticked.status()).isEqualTo(PlanStatus.IN_PROGRESS);

        PlanOverview unticked = steps.untick(done.id(), done.version());
        PlanOverview.Step undone = unticked.step(canal.id());

        assertThat(undone.done()).isFalse();
        assertThat(undone.doneAt()).isNull();
        assertThat(undone.doneByName()).isNull();
        assertThat(jdbc.queryForMap("select done_at, done_by from treatment_step where id = ?", canal.id()))
                .containsEntry("done_at", null)
                .containsEntry("done_by", null);
    }

    @Test
    void a_step_ticked_elsewhere_meanwhile_is_not_ticked_again() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.IN_PROGRESS);
        PlanOverview.Step seen = plan.steps().getFirst();
        steps.tick(seen.id(), seen.version());

        assertRefused(() -> steps.tick(seen.id(), seen.version()), "plan.step.changed");
        assertRefused(() -> steps.untick(seen.id(), seen.version()), "plan.step.changed");
    }

    @Test
    void steps_are_not_ticked_before_the_patient_approves() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.PROPOSED);
        PlanOverview.Step step = plan.steps().getFirst();

        assertRefused(() -> steps.tick(step.id(), step.version()), "plan.tick.not-approved");
    }

    @Test
    void a_done_step_is_unticked_before_it_can_be_removed() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.IN_PROGRESS);
        PlanOverview.Step step = plan.steps().getFirst();
        PlanOverview.Step done = steps.tick(step.id(), step.version()).step(step.id());

        assertRefused(() -> steps.remove(done.id(), done.version()), "plan.step.remove.done");
    }

    @Test
    void totals_add_up_in_exact_cents() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.IN_PROGRESS);
        plan = steps.add(plan.id(), StepContent.of("Ajuste", null, null, money("0.10")));
        plan = steps.add(plan.id(), StepContent.of("Polimento", null, null, money("0.20")));
        for (PlanOverview.Step step : plan.steps().subList(2, 5)) {
            plan = steps.tick(step.id(), step.version());
        }

        PlanProgress progress = plan.progress();

        assertThat(progress.stepsDone()).isEqualTo(3);
        assertThat(progress.stepsTotal()).isEqualTo(5);
        assertThat(progress.costDone()).isEqualByComparingTo("0.60").hasToString("0.60");
        assertThat(progress.costTotal()).hasToString("300.90");
        assertThat(progress.costOpen()).hasToString("300.30");
    }

    @Test
    void bad_content_is_refused_next_to_its_field() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.DRAFT);
        PlanOverview.Step step = plan.steps().getFirst();

        assertRefused(
                () -> steps.add(plan.id(), StepContent.of(" ", 11, null, null)), "plan.step.description.required");
        assertRefused(() -> steps.add(plan.id(), StepContent.of("X", 19, null, null)), "plan.step.tooth.invalid");
        assertRefused(
                () -> steps.add(plan.id(), new StepContent("X", null, Set.of(Surface.O), null, null, null)),
                "plan.step.surfaces.need-tooth");
        assertRefused(() -> steps.add(plan.id(), StepContent.of("X", 11, null, money("-1"))), "plan.step.cost.range");
        assertRefused(
                () -> steps.add(plan.id(), StepContent.of("X", 11, null, money("1.005"))), "plan.step.cost.cents");
        assertRefused(() -> steps.edit(step.id(), step.version() + 1, step.content()), "error.concurrent-edit");
        assertThat(plans.open(plan.id()).orElseThrow().steps()).hasSize(3);
    }
}

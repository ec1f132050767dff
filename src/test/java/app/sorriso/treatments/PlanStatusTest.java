package app.sorriso.treatments;

import static app.sorriso.treatments.PlanStatus.APPROVED;
import static app.sorriso.treatments.PlanStatus.CANCELLED;
import static app.sorriso.treatments.PlanStatus.COMPLETED;
import static app.sorriso.treatments.PlanStatus.DRAFT;
import static app.sorriso.treatments.PlanStatus.IN_PROGRESS;
import static app.sorriso.treatments.PlanStatus.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PlanStatusTest {

    @Test
    void a_draft_is_proposed_then_approved_started_and_completed() {
        assertThat(DRAFT.next()).containsExactlyInAnyOrder(PROPOSED, CANCELLED);
        assertThat(PROPOSED.next()).containsExactlyInAnyOrder(APPROVED, DRAFT, CANCELLED);
        assertThat(APPROVED.next()).containsExactlyInAnyOrder(IN_PROGRESS, CANCELLED);
        assertThat(IN_PROGRESS.next()).containsExactlyInAnyOrder(COMPLETED, CANCELLED);
    }

    @Test
    void completed_and_cancelled_plans_are_closed_for_good() {
        assertThat(COMPLETED.next()).isEmpty();
        assertThat(CANCELLED.next()).isEmpty();
        assertThat(Arrays.stream(PlanStatus.values()).filter(status -> !status.isOpen()))
                .containsExactlyInAnyOrder(COMPLETED, CANCELLED);
    }

    @Test
    void steps_are_ticked_only_once_the_patient_approved() {
        assertThat(Arrays.stream(PlanStatus.values()).filter(PlanStatus::allowsTicking))
                .containsExactlyInAnyOrder(APPROVED, IN_PROGRESS);
    }

    @Test
    void a_patient_sees_every_plan_but_drafts() {
        assertThat(Arrays.stream(PlanStatus.values()).filter(status -> !status.isShownToPatient()))
                .containsExactly(DRAFT);
    }
}

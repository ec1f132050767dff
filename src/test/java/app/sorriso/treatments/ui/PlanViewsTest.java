package app.sorriso.treatments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanRow;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.TestPlans;
import app.sorriso.treatments.Tooth;
import app.sorriso.treatments.TreatmentPlanService;
import app.sorriso.treatments.TreatmentStepService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The plans screens as each role sees them, without a browser. */
class PlanViewsTest extends BrowserlessClinicTest {

    private static final String DENTIST = "dentista@sorriso.demo";

    @Autowired
    TestPlans testPlans;

    @Autowired
    TreatmentPlanService plans;

    @Autowired
    TreatmentStepService steps;

    private PlanOverview reload(PlanOverview plan) {
        return plans.find(plan.id()).orElseThrow();
    }

    private void refused(Class<? extends Component> view, String location) {
        assertThat(refused(location, view)).as(location).isTrue();
    }

    @Test
    @WithUserDetails(DENTIST)
    void one_tap_in_the_checklist_ticks_a_step_and_the_toast_undoes_it() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.APPROVED);
        navigate("plans/" + plan.id() + "/checklist", PlanChecklistView.class);

        test(find(NativeButton.class).withClassName("checklist-row").first()).click();

        PlanOverview ticked = reload(plan);
        assertThat(ticked.steps().getFirst().done()).isTrue();
        assertThat(ticked.steps().getFirst().doneByName()).isEqualTo("Dra. Helena Martins");
        assertThat(ticked.status()).isEqualTo(PlanStatus.IN_PROGRESS);

        test(find(Button.class).withText("Desfazer").last()).click();

        assertThat(reload(plan).steps().getFirst().done()).isFalse();
        assertThat(find(NativeButton.class).withClassName("done").exists()).isFalse();
    }

    @Test
    @WithUserDetails(DENTIST)
    void ticking_the_last_step_offers_to_complete_the_plan() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.IN_PROGRESS);
        for (PlanOverview.Step step : plan.steps().subList(0, 2)) {
            steps.tick(step.id(), step.version());
        }
        navigate("plans/" + plan.id() + "/checklist", PlanChecklistView.class);

        test(find(NativeButton.class).withClassName("open").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(reload(plan).status()).isEqualTo(PlanStatus.COMPLETED);
    }

    @Test
    @WithUserDetails("dentista2@sorriso.demo")
    void a_colleagues_checklist_sends_the_dentist_to_the_plan_to_read() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.APPROVED);

        try {
            navigate("plans/" + plan.id() + "/checklist", PlanChecklistView.class);
        } catch (IllegalArgumentException forwarded) {
            // to the plan's page, which the dentist may read
        }

        assertThat(getCurrentView()).isInstanceOf(TreatmentPlanView.class);
        assertThat(find(Button.class).withText("Adicionar etapa").exists()).isFalse();
        assertThat(find(Button.class).withText("Checklist").exists()).isFalse();
        assertThat(reload(plan).stepsDone()).isZero();
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_desk_reads_a_plan_but_has_no_checklist_and_no_changes() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.APPROVED);

        navigate("plans/" + plan.id(), TreatmentPlanView.class);

        assertThat(find(Grid.class).single().getGenericDataView().getItems().count())
                .isEqualTo(3);
        assertThat(find(Button.class).withText("Adicionar etapa").exists()).isFalse();
        assertThat(find(Button.class).withText("Checklist").exists()).isFalse();
        assertThat(find(Button.class).withText("Cancelar plano").exists()).isFalse();
        refused(PlanChecklistView.class, "plans/" + plan.id() + "/checklist");
    }

    @Test
    @WithUserDetails(DENTIST)
    void the_plans_list_shows_its_rows_without_an_empty_state_beside_them() {
        testPlans.of(DENTIST, PlanStatus.IN_PROGRESS);

        navigate(TreatmentPlansView.class);

        assertThat(find(Grid.class).exists()).isTrue();
        assertThat(find(EmptyState.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_open_the_staffs_plan_screens() {
        PlanOverview plan = plans.ownPlans().getFirst();

        refused(TreatmentPlanView.class, "plans/" + plan.id());
        refused(TreatmentPlansView.class, "plans");
    }

    @Test
    @WithUserDetails(DENTIST)
    void tapping_a_tooth_without_steps_opens_the_step_form_on_that_tooth_and_bad_cost_is_refused_by_the_field() {
        PlanOverview plan = testPlans.of(DENTIST, PlanStatus.DRAFT);
        navigate("plans/" + plan.id(), TreatmentPlanView.class);

        find(Odontogram.class).single().tap(36);
        @SuppressWarnings("unchecked")
        ComboBox<Tooth> tooth = find(ComboBox.class).single();
        assertThat(tooth.getValue().number()).isEqualTo(36);
        test(find(TextField.class).withLabel("Procedimento").single()).setValue("Restauração em resina");
        BigDecimalField cost = find(BigDecimalField.class).single();
        test(cost).setValue(new BigDecimal("12.345"));

        assertThat(cost.isInvalid()).isTrue();
        assertThat(cost.getErrorMessage()).isEqualTo("Use no máximo dois dígitos para os centavos.");

        test(cost).setValue(new BigDecimal("180.00"));
        test(find(Button.class).withText("Salvar").single()).click();

        PlanOverview.Step added = reload(plan).steps().getLast();
        assertThat(added.tooth()).isEqualTo(36);
        assertThat(added.cost()).isEqualByComparingTo("180.00");
        assertThat(find(Svg.class).first().getElement().getProperty("innerHTML"))
                .contains("data-tooth=\"36\" data-state=\"planned\"");
    }

    @Test
    @WithUserDetails(DENTIST)
    void the_dentists_plan_list_starts_on_their_own_open_plans() {
        navigate(TreatmentPlansView.class);

        @SuppressWarnings("unchecked")
        Grid<PlanRow> grid = find(Grid.class).single();
        var tester = test(grid);
        List<PlanRow> rows = IntStream.range(0, Math.min(tester.size(), 20))
                .mapToObj(tester::getRow)
                .toList();

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.professionalName()).isEqualTo("Dra. Helena Martins");
            assertThat(row.status().isOpen()).isTrue();
        });
    }
}

package app.sorriso.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.TestClinic;
import app.sorriso.base.ui.ClinicChart;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentState;
import app.sorriso.dashboard.ui.DashboardView;
import app.sorriso.patients.Patient;
import app.sorriso.reports.ui.ReportsView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The finance screens as the desk and the administrator open them. */
class FinanceViewsTest extends BrowserlessClinicTest {

    @Autowired
    PaymentService payments;

    @Autowired
    TestClinic clinic;

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_desk_narrows_payments_to_the_overdue_ones_and_sees_their_total() {
        navigate(PaymentsView.class);
        for (DatePicker picker : find(DatePicker.class).all()) {
            picker.clear();
        }
        @SuppressWarnings("unchecked")
        Select<PaymentState> state = find(Select.class).all().stream()
                .filter(select -> "Situação".equals(select.getLabel()))
                .findFirst()
                .orElseThrow();

        state.setValue(PaymentState.OVERDUE);

        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        assertThat(grid.getDataProvider()
                        .fetch(new com.vaadin.flow.data.provider.Query<>(0, 20, List.of(), null, null))
                        .count())
                .isPositive();
        assertThat(find(Span.class).withClassName("payment-total-value").all())
                .extracting(Span::getText)
                .contains("R$ 0,00")
                .anyMatch(text -> text.startsWith("R$ ") && !text.equals("R$ 0,00"));
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void a_new_payment_keeps_what_was_typed_says_what_is_wrong_and_splits_into_instalments() {
        navigate(PaymentsView.class);
        test(find(Button.class).withText("Novo pagamento").single()).click();
        NewPaymentForm form = find(NewPaymentForm.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Patient> patient = find(ComboBox.class).from(form).single();
        patient.setValue(clinic.newPatient());
        find(TextField.class).from(form).single().setValue("Tratamento de canal");
        BigDecimalField amount = find(BigDecimalField.class).from(form).single();
        amount.setValue(new BigDecimal("0"));

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Informe um valor maior que zero.");

        amount.setValue(new BigDecimal("1000.00"));
        find(IntegerField.class).from(form).single().setValue(3);
        assertThat(find(Span.class)
                        .from(form)
                        .withClassName("instalment-preview")
                        .single()
                        .getText())
                .isEqualTo("2 × R$ 333,33 e a última de R$ 333,34");
        test(find(Button.class).withText("Salvar").single()).click();

        assertThat(payments.ofPatient(patient.getValue().getId()))
                .extracting(PaymentEntry::amount)
                .containsExactlyInAnyOrder(
                        new BigDecimal("333.33"), new BigDecimal("333.33"), new BigDecimal("333.34"));
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void the_dashboard_shows_five_figures_and_three_charts() {
        navigate(DashboardView.class);

        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withClassName("kpi-card")
                        .all())
                .hasSize(5);
        assertThat(find(ClinicChart.class).all()).hasSize(3);
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void reception_gets_three_reports_and_the_administrator_four() {
        navigate(ReportsView.class);
        int desk = find(com.vaadin.flow.component.html.Div.class)
                .withClassName("report-card")
                .all()
                .size();

        assertThat(desk).isEqualTo(3);
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void the_administrator_also_gets_the_financial_report() {
        navigate(ReportsView.class);

        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withClassName("report-card")
                        .all())
                .hasSize(4);
    }
}

package app.sorriso.patients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.base.ui.FormDialog;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientSearch;
import app.sorriso.patients.PatientService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

class PatientViewsTest extends BrowserlessClinicTest {

    @Autowired
    PatientService patients;

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private TextField field(String label) {
        return find(TextField.class).withCaption(label).single();
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_form_says_what_is_wrong_next_to_each_field_and_keeps_what_was_typed() {
        navigate(PatientsView.class);
        test(button("Novo paciente")).click();

        test(field("Nome completo")).setValue("Ana Teste");
        test(field("CPF")).setValue("529.982.247-24");
        test(field("Telefone")).setValue("123");
        test(field("CEP")).setValue("1234");

        TextField cpf = field("CPF");
        assertThat(cpf.isInvalid()).isTrue();
        assertThat(cpf.getErrorMessage()).isEqualTo("CPF inválido. Confira os números.");
        assertThat(field("Telefone").getErrorMessage()).startsWith("Telefone inválido");
        assertThat(field("CEP").getErrorMessage()).startsWith("CEP inválido");
        assertThat(button("Salvar").isEnabled()).isFalse();
        assertThat(field("Nome completo").getValue()).isEqualTo("Ana Teste");
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void a_duplicate_cpf_from_the_server_lands_on_the_cpf_field_and_the_dialog_stays_open() {
        Patient existing = patients.search(PatientSearch.all(), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        navigate(PatientsView.class);
        test(button("Novo paciente")).click();

        test(field("Nome completo")).setValue("Homônimo de Teste");
        test(field("CPF")).setValue(existing.getCpf());
        test(find(com.vaadin.flow.component.datepicker.DatePicker.class)
                        .withCaption("Data de nascimento")
                        .single())
                .setValue(java.time.LocalDate.of(1990, 1, 1));
        test(button("Salvar")).click();

        assertThat(field("CPF").getErrorMessage()).isEqualTo("Este CPF já está cadastrado para outro paciente.");
        assertThat(find(FormDialog.class).single().isOpened()).isTrue();
        assertThat(field("Nome completo").getValue()).isEqualTo("Homônimo de Teste");
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void saving_over_someone_elses_change_says_so_and_keeps_what_was_typed() {
        Patient patient = patients.search(PatientSearch.all(), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        navigate(PatientView.class, java.util.Map.of("id", patient.getId().toString()));
        test(button("Editar cadastro")).click();
        test(find(com.vaadin.flow.component.textfield.TextArea.class)
                        .withCaption("Observações")
                        .single())
                .setValue("Digitado pela primeira recepcionista");

        Patient meanwhile = patients.findById(patient.getId()).orElseThrow();
        meanwhile.setMedications("Alterado por outra pessoa");
        patients.save(meanwhile);
        test(button("Salvar")).click();

        assertThat(find(com.vaadin.flow.component.notification.Notification.class)
                        .all())
                .anySatisfy(toast -> assertThat(toast.getElement().getTextRecursively())
                        .contains("Outra pessoa alterou este registro"));
        assertThat(find(FormDialog.class).single().isOpened()).isTrue();
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class)
                        .withCaption("Observações")
                        .single()
                        .getValue())
                .isEqualTo("Digitado pela primeira recepcionista");
        assertThat(patients.findById(patient.getId()).orElseThrow().getMedications())
                .isEqualTo("Alterado por outra pessoa");
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_sees_the_list_and_the_record_but_no_editing_controls() {
        navigate(PatientsView.class);
        assertThat(find(Grid.class).single().isVisible()).isTrue();
        assertThat(find(Button.class).withText("Novo paciente").all()).isEmpty();

        Patient patient = patients.search(PatientSearch.all(), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        navigate(PatientView.class, java.util.Map.of("id", patient.getId().toString()));

        assertThat(find(Button.class).withText("Editar cadastro").all()).isEmpty();
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_open_the_patients_list_or_a_record() {
        assertThat(refused(PatientsView.class)).isTrue();
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void the_health_alerts_are_on_top_of_the_patient_page() {
        Patient withAlerts = patients.search(
                        new PatientSearch("Mariana Oliveira Santos", null, false), PageRequest.of(0, 1))
                .getContent()
                .getFirst();

        navigate(PatientView.class, java.util.Map.of("id", withAlerts.getId().toString()));

        HealthAlerts alerts = find(HealthAlerts.class).single();
        assertThat(alerts.isVisible()).isTrue();
        assertThat(alerts.getElement().getTextRecursively()).contains("Alergias:");
    }
}

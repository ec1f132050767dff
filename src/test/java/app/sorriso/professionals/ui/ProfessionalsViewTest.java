package app.sorriso.professionals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.base.BrazilianState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class ProfessionalsViewTest extends BrowserlessClinicTest {

    private TextField field(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return find(Grid.class).single();
    }

    private void openNewProfessionalForm() {
        navigate(ProfessionalsView.class);
        test(find(Button.class).withText("Novo profissional").first()).click();
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void the_admin_sees_the_dentists_and_a_button_to_register_another() {
        navigate(ProfessionalsView.class);

        assertThat(find(Button.class).withText("Novo profissional").exists()).isTrue();
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(4);
        assertThat(test(grid()).getHeaderCell(1)).isEqualTo("CRO");
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void a_cro_number_with_letters_gets_a_translated_message_on_its_field() {
        openNewProfessionalForm();
        TextField croNumber = field("Número do CRO");

        test(croNumber).setValue("12a4");

        assertThat(croNumber.isInvalid()).isTrue();
        assertThat(croNumber.getErrorMessage()).isEqualTo("O número do CRO tem de 1 a 10 dígitos, só números.");
    }

    @SuppressWarnings("unchecked")
    @Test
    @WithUserDetails("admin@sorriso.demo")
    void a_cro_already_registered_is_refused_next_to_the_cro_number_and_the_form_keeps_what_was_typed() {
        openNewProfessionalForm();
        test(field("Nome completo")).setValue("Dra. Repetida Souza");
        Select<BrazilianState> state = find(Select.class).withLabel("UF do CRO").single();
        state.setValue(BrazilianState.SP);
        test(field("Número do CRO")).setValue("84213");

        test(find(Button.class).withText("Salvar").single()).click();

        TextField croNumber = field("Número do CRO");
        assertThat(croNumber.isInvalid()).isTrue();
        assertThat(croNumber.getErrorMessage()).isEqualTo("CRO-SP 84213 já está cadastrado para outro profissional.");
        assertThat(field("Nome completo").getValue()).isEqualTo("Dra. Repetida Souza");
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void an_overlapping_period_added_to_a_week_is_refused_with_both_periods_named() {
        navigate(ProfessionalsView.class);
        test(find(TextField.class)
                        .withPlaceholder("Buscar por nome ou número do CRO")
                        .single())
                .setValue("Rafael Nogueira");
        test((Button) test(grid()).getCellComponent(0, "schedule")).click();

        test(find(Button.class)
                        .withAriaLabel("Adicionar horário · Segunda-feira")
                        .single())
                .click();
        test(find(Button.class).withText("Salvar horários").single()).click();

        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo("Os horários 08:00–12:00 e 09:00–12:00 se sobrepõem no mesmo dia.");
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_sees_the_list_without_anything_to_change_it() {
        navigate(ProfessionalsView.class);

        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(4);
        assertThat(find(Button.class).withText("Novo profissional").exists()).isFalse();
        assertThat(find(Button.class).withAriaLabel("Horários e ausências").exists())
                .isFalse();
        test(grid()).clickRow(0);
        assertThat(find(Button.class).withText("Salvar").exists()).isFalse();
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_search_tells_the_reception_when_nobody_matches_and_how_to_go_on() {
        navigate(ProfessionalsView.class);

        test(find(TextField.class)
                        .withPlaceholder("Buscar por nome ou número do CRO")
                        .single())
                .setValue("ninguém com este nome");

        assertThat(find(Grid.class).exists()).isFalse();
        assertThat(find(Span.class).withText("Nenhum profissional encontrado").exists())
                .isTrue();
        test(find(Button.class).withText("Limpar filtros").single()).click();
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_open_the_professionals_screen() {
        assertThat(refused(ProfessionalsView.class)).isTrue();
    }
}

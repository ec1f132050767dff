package app.sorriso.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The staff screen: only administrators open it, it lists the team, and its form explains bad input in place. */
class StaffAccountsViewTest extends BrowserlessClinicTest {

    private boolean refused() {
        return refused(StaffAccountsView.class);
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void reception_cannot_open_the_staff_screen() {
        assertThat(refused()).isTrue();
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_cannot_open_the_staff_screen() {
        assertThat(refused()).isTrue();
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_open_the_staff_screen() {
        assertThat(refused()).isTrue();
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    @SuppressWarnings("unchecked")
    void the_admin_sees_the_demo_team_and_no_patients() {
        navigate(StaffAccountsView.class);

        Grid<UserAccount> grid = find(Grid.class).single();
        assertThat(grid.getLazyDataView().getItems().map(UserAccount::getEmail))
                .contains("admin@sorriso.demo", "recepcao@sorriso.demo", "dentista@sorriso.demo")
                .doesNotContain("paciente@sorriso.demo");
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void the_new_account_form_explains_a_bad_e_mail_and_a_short_password_next_to_them() {
        navigate(StaffAccountsView.class);
        test(find(Button.class).withText("Nova conta").single()).click();

        EmailField email = find(EmailField.class).single();
        TextField password = find(TextField.class).withLabel("Senha temporária").single();
        test(email).setValue("nao-e-um-email");
        test(password).setValue("curta");

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Informe um e-mail válido, como nome@exemplo.com.br.");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("A senha precisa ter pelo menos 8 caracteres.");
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void an_e_mail_already_in_use_is_refused_next_to_the_e_mail_field() {
        navigate(StaffAccountsView.class);
        test(find(Button.class).withText("Nova conta").single()).click();

        test(find(TextField.class).withLabel("Nome").single()).setValue("Alguém Novo");
        test(find(EmailField.class).single()).setValue("recepcao@sorriso.demo");
        test(find(TextField.class).withLabel("Senha temporária").single()).setValue("temporaria-123");
        test(find(Button.class).withText("Salvar").single()).click();

        EmailField email = find(EmailField.class).single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Não foi possível usar este e-mail");
    }
}

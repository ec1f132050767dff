package app.sorriso.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.patients.ui.PatientsView;
import app.sorriso.scheduling.ui.TodayView;
import app.sorriso.security.Role;
import app.sorriso.security.StaffAccountDraft;
import app.sorriso.security.StaffAccountService;
import app.sorriso.security.SystemTask;
import app.sorriso.security.UserAccount;
import app.sorriso.security.UserAccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Someone logged in with a temporary password goes nowhere but the screen that replaces it, until they do. */
class NewPasswordViewTest extends BrowserlessClinicTest {

    @Autowired
    StaffAccountService staff;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void forgetWhoIsLoggedIn() {
        SecurityContextHolder.clearContext();
    }

    private UserAccount logInWithTemporaryPassword() {
        StaffAccountDraft draft = new StaffAccountDraft();
        draft.setName("Teresa Lima");
        draft.setEmail("teresa." + System.nanoTime() + "@test.dev");
        draft.setRole(Role.RECEPTION);
        draft.setTemporaryPassword("temporaria-123");
        UserAccount account = SystemTask.run(() -> staff.create(draft));
        UserDetails user = users.loadUserByUsername(account.getEmail());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return account;
    }

    private Component goTo(Class<? extends Component> view) {
        try {
            navigate(view);
        } catch (IllegalArgumentException navigationEndedElsewhere) {
            // browserless reports a navigation that did not reach the asked view this way
        }
        return (Component) getCurrentView();
    }

    @Test
    void every_screen_leads_to_the_new_password_view_until_one_is_chosen() {
        UserAccount account = logInWithTemporaryPassword();

        assertThat(goTo(PatientsView.class)).isInstanceOf(NewPasswordView.class);
        assertThat(goTo(ProfileView.class)).isInstanceOf(NewPasswordView.class);

        test(find(PasswordField.class).withLabel("Nova senha").single()).setValue("minha senha nova");
        test(find(PasswordField.class).withLabel("Repita a nova senha").single())
                .setValue("minha senha nova");
        test(find(Button.class).withText("Salvar e continuar").single()).click();

        assertThat(getCurrentView()).isInstanceOf(TodayView.class);
        assertThat(accounts.findById(account.getId()).orElseThrow().isMustChangePassword())
                .isFalse();
        assertThat(goTo(PatientsView.class)).isInstanceOf(PatientsView.class);
    }

    @Test
    void two_different_copies_of_the_new_password_are_refused_in_place() {
        logInWithTemporaryPassword();
        goTo(PatientsView.class);

        test(find(PasswordField.class).withLabel("Nova senha").single()).setValue("minha senha nova");
        PasswordField repeated =
                find(PasswordField.class).withLabel("Repita a nova senha").single();
        test(repeated).setValue("minha senha nava");
        test(find(Button.class).withText("Salvar e continuar").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewPasswordView.class);
        assertThat(repeated.getErrorMessage()).isEqualTo("As duas senhas não são iguais.");
    }
}

package app.sorriso.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@WithAnonymousUser
class LoginViewTest extends BrowserlessClinicTest {

    /** The texts the form was given, as the browser receives them. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void the_login_speaks_portuguese_by_default() {
        navigate(LoginView.class);
        LoginForm form = find(LoginForm.class).single();

        assertThat(texts(form))
                .contains("\"title\":\"Entrar\"", "\"username\":\"E-mail\"", "E-mail ou senha incorretos");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void a_failed_attempt_shows_one_message_that_does_not_say_which_part_was_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).doesNotContainIgnoringCase("não existe").doesNotContainIgnoringCase("não encontrad");
    }

    @Test
    void the_login_speaks_english_to_an_english_browser() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(LoginView.class);

        assertThat(texts(find(LoginForm.class).single())).contains("\"title\":\"Log in\"");
    }
}

package app.sorriso.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.security.TooManyLoginAttemptsException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;

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

    @Test
    void too_many_attempts_ask_to_wait_whole_minutes_in_the_browsers_language() {
        throttledFor(Duration.ofSeconds(150));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Muitas tentativas", "Tente de novo em 3 minutos");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        throttledFor(Duration.ofSeconds(20));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(texts(find(LoginForm.class).single())).contains("Try again in 1 minute.");
    }

    @Test
    void a_wrong_password_after_a_wait_reads_as_a_plain_failure_again() {
        throttledFor(Duration.ofSeconds(150));
        navigate(LoginView.class);
        assertThat(texts(find(LoginForm.class).single())).doesNotContain("Muitas tentativas");

        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("wrong"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(texts(find(LoginForm.class).single()))
                .contains("E-mail ou senha incorretos")
                .doesNotContain("Muitas tentativas");
    }

    /** What Spring Security leaves in the session when it refuses an attempt for being one too many. */
    private static void throttledFor(Duration wait) {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new TooManyLoginAttemptsException(wait));
    }
}

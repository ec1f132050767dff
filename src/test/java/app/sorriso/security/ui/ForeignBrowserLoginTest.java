package app.sorriso.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import com.vaadin.flow.component.login.LoginForm;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** A browser in a language the clinic does not offer reads the clinic's own language, Portuguese. */
@WithAnonymousUser
class ForeignBrowserLoginTest extends BrowserlessClinicTest {

    @Override
    protected Locale browserLocale() {
        return Locale.FRENCH;
    }

    @Test
    void a_french_browser_gets_the_portuguese_login() {
        navigate(LoginView.class);

        assertThat(String.valueOf(find(LoginForm.class).single().getElement().getPropertyRaw("i18n")))
                .contains("\"title\":\"Entrar\"");
    }
}

package app.sorriso.security.ui;

import app.sorriso.base.ClinicProperties;
import app.sorriso.base.i18n.ClinicI18NProvider;
import app.sorriso.base.i18n.LanguagePreference;
import app.sorriso.security.TooManyLoginAttemptsException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.web.WebAttributes;

/**
 * The door for everyone: staff and patients log in here with e-mail and password. A failed attempt always reads the
 * same, whether the e-mail exists or not, so the page cannot be used to find out who is a patient of the clinic; so
 * does the request to wait after too many attempts.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    public LoginView(AuthenticationContext authentication, ClinicProperties clinic) {
        this.authentication = authentication;
        addClassName("login-view");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations());

        // patients sign up on the public site; the address is the portal's, known here only by its path
        Anchor signUp = new Anchor("signup", getTranslation("login.sign-up"));
        signUp.addClassName("login-sign-up");
        Div panel = new Div(languageSwitch(), form, signUp, footnote());
        panel.addClassName("login-panel");
        add(brand(clinic), panel);
    }

    private Div brand(ClinicProperties clinic) {
        Icon logo = VaadinIcon.SMILEY_O.create();
        logo.addClassName("login-logo");
        H1 name = new H1(clinic.name());
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        Div highlights = new Div(
                highlight(VaadinIcon.CALENDAR_CLOCK, "login.highlight.agenda"),
                highlight(VaadinIcon.CLIPBOARD_CHECK, "login.highlight.plans"),
                highlight(VaadinIcon.LOCK, "login.highlight.privacy"));
        highlights.addClassName("login-highlights");
        Div brand = new Div(logo, name, tagline, highlights);
        brand.addClassName("login-brand");
        return brand;
    }

    private Div highlight(VaadinIcon icon, String key) {
        Div item = new Div(icon.create(), new Span(getTranslation(key)));
        item.addClassName("login-highlight");
        return item;
    }

    private Div languageSwitch() {
        Button portuguese = new Button(
                getTranslation("language.pt"), click -> LanguagePreference.choose(ClinicI18NProvider.PORTUGUESE));
        Button english = new Button(getTranslation("language.en"), click -> LanguagePreference.choose(Locale.ENGLISH));
        boolean isEnglish = "en".equals(getLocale().getLanguage());
        (isEnglish ? english : portuguese).addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        for (Button button : new Button[] {portuguese, english}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        Div languages = new Div(VaadinIcon.GLOBE.create(), portuguese, english);
        languages.addClassName("login-languages");
        return languages;
    }

    private Paragraph footnote() {
        Paragraph note = new Paragraph(getTranslation("login.footnote"));
        note.addClassName("login-footnote");
        return note;
    }

    private LoginI18n translations() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setI18n(
                failed && lastFailure() instanceof TooManyLoginAttemptsException throttled
                        ? throttled(throttled.retryAfter())
                        : translations());
        form.setError(failed);
    }

    /** Why the last attempt of this browser failed, as Spring Security left it in the session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /**
     * The wait, in whole minutes rounded up. The same words whether or not the e-mail belongs to anyone: the throttle
     * counts unknown e-mails just like real ones.
     */
    private LoginI18n throttled(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        LoginI18n i18n = translations();
        i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", minutes));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}

package app.sorriso.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a person picked in the user menu. The browser's language decides until then; the choice is kept in a
 * cookie so it survives logging out and in again on the same device.
 */
public final class LanguagePreference {

    static final String COOKIE = "sorriso-lang";

    private LanguagePreference() {}

    /** Applies a remembered choice to a new session, if the browser sent one. */
    public static void restore(VaadinSession session, VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return;
        }
        Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> ClinicI18NProvider.supported(Locale.forLanguageTag(cookie.getValue())))
                .ifPresent(session::setLocale);
    }

    /** The language of a plain request outside Vaadin: the remembered choice, else the browser's. */
    public static Locale of(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> Locale.forLanguageTag(cookie.getValue()))
                .map(ClinicI18NProvider::supported)
                .orElseGet(() -> ClinicI18NProvider.supported(request.getLocale()));
    }

    /** Switches the whole session (every open tab) to the locale and remembers it. */
    public static void choose(Locale locale) {
        Locale supported = ClinicI18NProvider.supported(locale);
        VaadinSession.getCurrent().setLocale(supported);
        Optional.ofNullable(VaadinResponse.getCurrent()).ifPresent(response -> {
            Cookie cookie = new Cookie(COOKIE, supported.toLanguageTag());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
        });
        UI.getCurrent().getPage().reload();
    }
}

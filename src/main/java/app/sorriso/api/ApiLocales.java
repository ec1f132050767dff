package app.sorriso.api;

import app.sorriso.base.i18n.ClinicI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's language: the first of the client's {@code Accept-Language} preferences that the clinic speaks
 * (Portuguese or English), and Brazilian Portuguese when it asks for neither or says nothing. Registered as Spring
 * MVC's locale resolver, so validation messages follow the same choice.
 */
class ApiLocales implements LocaleResolver {

    static Locale of(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return ClinicI18NProvider.PORTUGUESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return ClinicI18NProvider.PORTUGUESE;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-")[0];
            if ("en".equals(language)) {
                return ClinicI18NProvider.ENGLISH;
            }
            if ("pt".equals(language)) {
                return ClinicI18NProvider.PORTUGUESE;
            }
        }
        return ClinicI18NProvider.PORTUGUESE;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return of(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The API's language follows the Accept-Language header");
    }
}

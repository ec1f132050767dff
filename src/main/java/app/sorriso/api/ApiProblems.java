package app.sorriso.api;

import app.sorriso.api.ApiProblem.FieldProblem;
import app.sorriso.base.i18n.ClinicI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every error answer of the API in one shape: problem details whose title and detail come from the bundles,
 * in the client's language, and say what to do without saying anything about the system inside.
 */
@Component
class ApiProblems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final ClinicI18NProvider i18n;
    private final JsonMapper json;

    ApiProblems(ClinicI18NProvider i18n, JsonMapper json) {
        this.i18n = i18n;
        this.json = json;
    }

    ApiProblem problem(
            HttpServletRequest request,
            HttpStatus status,
            String messageKey,
            Object[] arguments,
            List<FieldProblem> errors) {
        Locale locale = ApiLocales.of(request);
        return new ApiProblem(
                "about:blank",
                i18n.getTranslation("api.status." + status.value(), locale),
                status.value(),
                translate(request, messageKey, arguments),
                request.getRequestURI(),
                messageKey,
                errors);
    }

    ResponseEntity<ApiProblem> response(
            HttpServletRequest request, HttpStatus status, String messageKey, Object... arguments) {
        return response(request, status, messageKey, arguments, List.of(), new HttpHeaders());
    }

    ResponseEntity<ApiProblem> response(
            HttpServletRequest request,
            HttpStatus status,
            String messageKey,
            Object[] arguments,
            List<FieldProblem> errors,
            HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .header(HttpHeaders.CONTENT_LANGUAGE, ApiLocales.of(request).toLanguageTag())
                .contentType(PROBLEM_JSON)
                .body(problem(request, status, messageKey, arguments, errors));
    }

    /** The same answer written straight to the response, for the security filters that run before Spring MVC. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, ApiLocales.of(request).toLanguageTag());
        json.writeValue(response.getOutputStream(), problem(request, status, messageKey, new Object[0], List.of()));
    }

    /**
     * A text from the bundles in the client's language. A key the bundles lack (a library's own validation message,
     * say) reads as a generic "not valid" rather than as the key itself.
     */
    String translate(HttpServletRequest request, String messageKey, Object... arguments) {
        Locale locale = ApiLocales.of(request);
        String key = ClinicI18NProvider.bundle(locale).containsKey(messageKey) ? messageKey : "api.field.invalid";
        return i18n.getTranslation(key, locale, arguments);
    }
}

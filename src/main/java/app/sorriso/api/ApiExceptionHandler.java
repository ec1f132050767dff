package app.sorriso.api;

import app.sorriso.api.ApiProblem.FieldProblem;
import app.sorriso.base.ClinicException;
import app.sorriso.base.DatabaseRefusals;
import app.sorriso.security.TooManyLoginAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns whatever went wrong in a controller into problem details: expected refusals with their own translated words,
 * validation with the list of fields, and anything unexpected logged once with its cause and answered with a calm
 * generic message.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> refused(ApiRefusal refusal, HttpServletRequest request) {
        List<FieldProblem> errors = refusal.field() == null
                ? List.of()
                : List.of(new FieldProblem(
                        refusal.field(), translate(request, refusal.messageKey(), refusal.arguments())));
        return problems.response(
                request, refusal.status(), refusal.messageKey(), refusal.arguments(), errors, new HttpHeaders());
    }

    /** A module's own refusal: its key says what happened, and roughly which status fits. */
    @ExceptionHandler
    ResponseEntity<ApiProblem> clinic(ClinicException refusal, HttpServletRequest request) {
        String key = refusal.getMessageKey();
        HttpStatus status = key.endsWith("not-found") || key.endsWith("no-record")
                ? HttpStatus.NOT_FOUND
                : "error.access-denied".equals(key) ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT;
        List<FieldProblem> errors = refusal.getField()
                .map(field -> List.of(new FieldProblem(field, translate(request, key, refusal.getArguments()))))
                .orElse(List.of());
        return problems.response(request, status, key, refusal.getArguments(), errors, new HttpHeaders());
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> invalidBody(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return validation(request, errors);
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> invalidParameters(HandlerMethodValidationException invalid, HttpServletRequest request) {
        List<FieldProblem> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return validation(request, errors);
    }

    /** A service's own validation of an entity (the field names are the entity's properties). */
    @ExceptionHandler
    ResponseEntity<ApiProblem> invalidEntity(ConstraintViolationException invalid, HttpServletRequest request) {
        List<FieldProblem> errors = invalid.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        return validation(request, errors);
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> wrongType(MethodArgumentTypeMismatchException wrong, HttpServletRequest request) {
        return refused(ApiRefusal.badParameter(wrong.getName(), "api.parameter.invalid"), request);
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> missing(MissingServletRequestParameterException missing, HttpServletRequest request) {
        return refused(ApiRefusal.badParameter(missing.getParameterName(), "api.parameter.required"), request);
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        return problems.response(request, HttpStatus.BAD_REQUEST, "api.body.unreadable");
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> method(HttpRequestMethodNotSupportedException wrong, HttpServletRequest request) {
        return problems.response(request, HttpStatus.METHOD_NOT_ALLOWED, "api.method-not-allowed");
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> mediaType(HttpMediaTypeNotSupportedException wrong, HttpServletRequest request) {
        return problems.response(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.media-type");
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> unauthenticated(AuthenticationException refused, HttpServletRequest request) {
        return problems.response(request, HttpStatus.UNAUTHORIZED, "api.auth.required");
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> forbidden(AccessDeniedException denied, HttpServletRequest request) {
        return problems.response(request, HttpStatus.FORBIDDEN, "api.forbidden");
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> throttled(TooManyLoginAttemptsException throttled, HttpServletRequest request) {
        long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return problems.response(
                request,
                HttpStatus.TOO_MANY_REQUESTS,
                "api.auth.throttled",
                new Object[] {seconds},
                List.of(),
                headers);
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> concurrentEdit(
            ObjectOptimisticLockingFailureException stale, HttpServletRequest request) {
        return problems.response(request, HttpStatus.CONFLICT, "error.concurrent-edit");
    }

    @ExceptionHandler
    ResponseEntity<ApiProblem> refusedByDatabase(DataIntegrityViolationException refused, HttpServletRequest request) {
        String key = DatabaseRefusals.isOverlap(refused) ? "error.overlap" : "error.integrity";
        return problems.response(request, HttpStatus.CONFLICT, key);
    }

    /** Anything else: Spring MVC's own refusals keep their status (in our words); the rest is our failure. */
    @ExceptionHandler
    ResponseEntity<ApiProblem> unexpected(Exception error, HttpServletRequest request) {
        if (error instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(refused.getStatusCode().value());
            String key = status == HttpStatus.NOT_FOUND ? "api.not-found" : "api.status." + status.value();
            return problems.response(request, status, key);
        }
        log.error("Unexpected error in the API: {} {}", request.getMethod(), request.getRequestURI(), error);
        return problems.response(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    private ResponseEntity<ApiProblem> validation(HttpServletRequest request, List<FieldProblem> errors) {
        return problems.response(
                request, HttpStatus.BAD_REQUEST, "api.validation", new Object[0], errors, new HttpHeaders());
    }

    private String translate(HttpServletRequest request, String key, Object[] arguments) {
        return problems.translate(request, key, arguments);
    }
}

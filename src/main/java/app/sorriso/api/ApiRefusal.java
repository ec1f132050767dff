package app.sorriso.api;

import org.springframework.http.HttpStatus;

/** A request the API turns down with a given status and a translated reason, optionally about one parameter. */
class ApiRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    ApiRefusal(HttpStatus status, String messageKey, Object... arguments) {
        this(status, null, messageKey, arguments);
    }

    private ApiRefusal(HttpStatus status, String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A query parameter or body field the API cannot work with. */
    static ApiRefusal badParameter(String field, String messageKey, Object... arguments) {
        return new ApiRefusal(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
    }

    static ApiRefusal notFound() {
        return new ApiRefusal(HttpStatus.NOT_FOUND, "api.not-found");
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}

package app.sorriso.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused before the password was even checked, because of too many recent attempts. An
 * {@link AuthenticationException}, so the login form shows it and the audit trail records it as a failed login.
 */
public class TooManyLoginAttemptsException extends AuthenticationException {

    private final Duration retryAfter;

    public TooManyLoginAttemptsException(Duration retryAfter) {
        super("too many login attempts");
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt may be made, at the least. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

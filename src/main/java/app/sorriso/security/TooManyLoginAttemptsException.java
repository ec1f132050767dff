package app.sorriso.security;

import java.time.Duration;

/** A login refused before the password was even checked, because of too many recent attempts. */
public class TooManyLoginAttemptsException extends RuntimeException {

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

package app.sorriso.security;

import app.sorriso.base.ClinicException;

/**
 * Length is what makes a password strong; composition rules ("one digit, one symbol") only make people write them
 * down. So: at least 8 characters, long passphrases welcome, and a ceiling only to keep hashing cheap to refuse.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {}

    /** Refuses a password the policy does not accept, with a translatable reason. */
    public static void check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new ClinicException("password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new ClinicException("password.too-long", MAX_LENGTH);
        }
    }
}

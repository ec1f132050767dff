package app.sorriso.security;

import java.security.SecureRandom;

/**
 * Passwords an administrator reads out or writes down for a colleague: groups of letters and digits without the
 * look-alikes (0/O, 1/l/I), so nothing is mistyped, and long enough to pass the policy with room to spare.
 */
public final class TemporaryPassword {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPassword() {}

    /** Something like {@code k7mp-x3ta-9qhe}: 60 bits of randomness, enough for a password that lives a day. */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}

package app.sorriso.security;

import app.sorriso.base.ClinicException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Length is what makes a password strong; composition rules ("one digit, one symbol") only make people write them
 * down. So: at least 8 characters, long passphrases welcome, a ceiling only to keep hashing cheap to refuse, and none
 * of the passwords every attacker tries first (a short list shipped with the app, compared ignoring case).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;

    private static final Set<String> COMMON = load("/security/common-passwords.txt");

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
        if (isCommon(password)) {
            throw new ClinicException("password.too-common");
        }
    }

    /** Whether the password is one of the first an attacker would try. */
    public static boolean isCommon(String password) {
        return password != null && COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

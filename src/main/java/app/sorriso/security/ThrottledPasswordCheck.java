package app.sorriso.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one password check behind both doors, the login form and the API: the throttle decides first whether the
 * attempt may go ahead at all, then the password is checked and the outcome counted. Being the application's only
 * authentication provider, it is what Spring's form login uses; the API hands it the client's address the same way.
 */
@Component
class ThrottledPasswordCheck implements AuthenticationProvider {

    /** What the throttle counts an attempt against when no address came with it (never the case over HTTP). */
    static final String UNKNOWN_ADDRESS = "unknown";

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledPasswordCheck(LoginThrottle throttle, UserDetailsService users, PasswordEncoder passwordEncoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    /** An attempt to check as coming from this address. */
    static Authentication attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

    /**
     * @throws TooManyLoginAttemptsException before any password is checked, when the address or the account has used
     *     its allowance (Spring publishes it as a failed login, so the audit trail has it too)
     */
    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String address = addressOf(attempt);
        throttle.check(email, address);
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(email, address);
            return authenticated;
        } catch (AuthenticationException refused) {
            throttle.failed(email, address);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String addressOf(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return UNKNOWN_ADDRESS;
    }
}

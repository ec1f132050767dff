package app.sorriso.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Remembers when each person last logged in and tells the operator about failed attempts. */
@Component
class LoginListener {

    private static final Logger log = LoggerFactory.getLogger(LoginListener.class);

    private final UserAccountService accounts;

    LoginListener(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ClinicUser user) {
            accounts.recordLogin(user.getUsername());
            log.info("Login succeeded for account {}", user.accountId());
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        log.warn("Login failed: {}", event.getException().getClass().getSimpleName());
    }
}

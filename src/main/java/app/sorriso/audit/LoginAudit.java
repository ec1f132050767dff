package app.sorriso.audit;

import app.sorriso.security.ClinicUser;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every login, and every failed attempt, into the trail, where repeated failures on one account show. */
@Component
class LoginAudit {

    /** The most an e-mail can be (RFC 5321); longer "usernames" are attempts to flood the trail. */
    private static final int EMAIL_MAX = 254;

    private final AuditService audit;

    LoginAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ClinicUser user) {
            audit.recordLogin(true, user.accountId(), user.getUsername(), null);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed =
                String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        audit.recordLogin(
                false,
                null,
                typed.length() > EMAIL_MAX ? typed.substring(0, EMAIL_MAX) : typed,
                event.getException().getClass().getSimpleName());
    }
}

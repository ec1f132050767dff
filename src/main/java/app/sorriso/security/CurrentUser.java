package app.sorriso.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, for services that must decide by person (a patient sees only their own records). */
@Component
public class CurrentUser {

    public Optional<ClinicUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClinicUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The logged-in user; calling this without one is a programming error, not a user's mistake. */
    public ClinicUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.role() == role).orElse(false);
    }
}

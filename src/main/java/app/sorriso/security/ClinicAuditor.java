package app.sorriso.security;

import java.util.Optional;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;

/** The account behind a change, for the created-by and updated-by columns; none when the system itself writes. */
@Component("clinicAuditor")
class ClinicAuditor implements AuditorAware<Long> {

    private final CurrentUser currentUser;

    ClinicAuditor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Long> getCurrentAuditor() {
        return currentUser.get().map(ClinicUser::accountId);
    }
}

package app.sorriso.security.ui;

import app.sorriso.security.UserAccountService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Keeps someone who logged in with a temporary password on the screen that replaces it: every navigation, whatever
 * its target, ends there until they have chosen their own.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final UserAccountService accounts;

    PasswordChangeGate(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != NewPasswordView.class && accounts.isPasswordChangeDue()) {
            event.rerouteTo(NewPasswordView.class);
        }
    }
}

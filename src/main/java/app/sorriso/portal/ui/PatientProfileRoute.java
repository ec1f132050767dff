package app.sorriso.portal.ui;

import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import app.sorriso.security.ui.ProfileView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The user menu's "my profile" leads everyone to the same address; a patient's profile is their own page, with their
 * contacts as well as their password, so they are taken there.
 */
@Component
class PatientProfileRoute implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PatientProfileRoute(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ProfileView.class && currentUser.hasRole(Role.PATIENT)) {
            event.rerouteTo(MyProfileView.class);
        }
    }
}

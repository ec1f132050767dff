package app.sorriso.portal.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The patient's home: next appointment, pending requests, plans and open payments. */
@Route("me")
@Menu(title = "me.home.title", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.PATIENT)
public class PatientHomeView extends PlaceholderView {

    public PatientHomeView() {
        super("me.home", VaadinIcon.HOME);
    }
}

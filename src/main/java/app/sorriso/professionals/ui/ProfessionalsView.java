package app.sorriso.professionals.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The clinic's dentists with CRO, specialty, working hours and time off. */
@Route("professionals")
@Menu(title = "professionals.title", order = 4, icon = "vaadin:doctor")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION, Roles.DENTIST})
public class ProfessionalsView extends PlaceholderView {

    public ProfessionalsView() {
        super("professionals", VaadinIcon.DOCTOR);
    }
}

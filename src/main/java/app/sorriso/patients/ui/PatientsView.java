package app.sorriso.patients.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Patient records with search by name, CPF or phone. */
@Route("patients")
@Menu(title = "patients.title", order = 3, icon = "vaadin:users")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION, Roles.DENTIST})
public class PatientsView extends PlaceholderView {

    public PatientsView() {
        super("patients", VaadinIcon.USERS);
    }
}

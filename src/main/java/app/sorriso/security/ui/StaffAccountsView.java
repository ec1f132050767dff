package app.sorriso.security.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Staff accounts and their roles. */
@Route("staff")
@Menu(title = "staff.title", order = 8, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class StaffAccountsView extends PlaceholderView {

    public StaffAccountsView() {
        super("staff", VaadinIcon.KEY);
    }
}

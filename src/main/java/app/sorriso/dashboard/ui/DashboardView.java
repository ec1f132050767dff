package app.sorriso.dashboard.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The owner's view of the clinic: today's appointments, active patients, revenue and receivables. */
@Route("dashboard")
@Menu(title = "dashboard.title", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Roles.ADMIN)
public class DashboardView extends PlaceholderView {

    public DashboardView() {
        super("dashboard", VaadinIcon.DASHBOARD);
    }
}

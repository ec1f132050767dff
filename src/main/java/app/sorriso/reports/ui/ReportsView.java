package app.sorriso.reports.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** PDF and CSV reports of the agenda, appointments and finances. */
@Route("reports")
@Menu(title = "reports.title", order = 7, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION})
public class ReportsView extends PlaceholderView {

    public ReportsView() {
        super("reports", VaadinIcon.FILE_TEXT_O);
    }
}

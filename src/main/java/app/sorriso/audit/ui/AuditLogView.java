package app.sorriso.audit.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Who saw or changed which patient record, and every login. */
@Route("audit")
@Menu(title = "audit.title", order = 9, icon = "vaadin:eye")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends PlaceholderView {

    public AuditLogView() {
        super("audit", VaadinIcon.EYE);
    }
}

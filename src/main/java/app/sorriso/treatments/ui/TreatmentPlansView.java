package app.sorriso.treatments.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Treatment plans with their steps, teeth, costs and attachments. */
@Route("plans")
@Menu(title = "plans.title", order = 5, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.ADMIN, Roles.DENTIST, Roles.RECEPTION})
public class TreatmentPlansView extends PlaceholderView {

    public TreatmentPlansView() {
        super("plans", VaadinIcon.CLIPBOARD_CHECK);
    }
}

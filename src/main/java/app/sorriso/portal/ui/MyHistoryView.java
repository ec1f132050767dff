package app.sorriso.portal.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Past appointments, treatment plans and payments. */
@Route("me/history")
@Menu(title = "me.history.title", order = 2, icon = "vaadin:records")
@RolesAllowed(Roles.PATIENT)
public class MyHistoryView extends PlaceholderView {

    public MyHistoryView() {
        super("me.history", VaadinIcon.RECORDS);
    }
}

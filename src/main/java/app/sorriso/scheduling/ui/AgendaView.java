package app.sorriso.scheduling.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The clinic's calendar of appointments by professional, where conflicts cannot happen. */
@Route("agenda")
@Menu(title = "agenda.title", order = 2, icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION, Roles.DENTIST})
public class AgendaView extends PlaceholderView {

    public AgendaView() {
        super("agenda", VaadinIcon.CALENDAR);
    }
}

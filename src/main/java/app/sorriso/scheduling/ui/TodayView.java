package app.sorriso.scheduling.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The desk's list of today's appointments, with one-click confirm, check-in and completion. */
@Route("today")
@Menu(title = "today.title", order = 1, icon = "vaadin:calendar-user")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION})
public class TodayView extends PlaceholderView {

    public TodayView() {
        super("today", VaadinIcon.CALENDAR_USER);
    }
}

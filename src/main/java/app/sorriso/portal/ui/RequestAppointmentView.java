package app.sorriso.portal.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Request an appointment from the free slots on a calendar. */
@Route("me/book")
@Menu(title = "me.book.title", order = 1, icon = "vaadin:calendar-o")
@RolesAllowed(Roles.PATIENT)
public class RequestAppointmentView extends PlaceholderView {

    public RequestAppointmentView() {
        super("me.book", VaadinIcon.CALENDAR_O);
    }
}

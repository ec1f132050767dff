package app.sorriso.scheduling.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A dentist's list of the day's patients, next one first, with health alerts in sight. */
@Route("my-day")
@Menu(title = "my-day.title", order = 1, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.DENTIST)
public class MyDayView extends PlaceholderView {

    public MyDayView() {
        super("my-day", VaadinIcon.CALENDAR_USER);
    }
}

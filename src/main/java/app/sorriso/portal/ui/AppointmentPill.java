package app.sorriso.portal.ui;

import app.sorriso.scheduling.AppointmentStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** An appointment's status in the colours the staff's screens use for it (see {@code .appointment-status}). */
class AppointmentPill extends Span {

    AppointmentPill(AppointmentStatus status) {
        setText(getTranslation("appointment.status." + status.name()));
        addClassNames(
                "status-pill", "appointment-status", "status-" + status.name().toLowerCase(Locale.ROOT));
    }
}

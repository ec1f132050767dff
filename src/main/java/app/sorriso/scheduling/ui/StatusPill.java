package app.sorriso.scheduling.ui;

import app.sorriso.scheduling.AppointmentStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** An appointment's status in its own colour (see {@code .status-<name>} in the stylesheet). */
class StatusPill extends Span {

    StatusPill(AppointmentStatus status) {
        setText(getTranslation(messageKey(status)));
        addClassNames(
                "status-pill", "appointment-status", "status-" + status.name().toLowerCase(Locale.ROOT));
    }

    static String messageKey(AppointmentStatus status) {
        return "appointment.status." + status.name();
    }
}

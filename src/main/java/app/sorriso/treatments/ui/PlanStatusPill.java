package app.sorriso.treatments.ui;

import app.sorriso.treatments.PlanStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A plan's status in its own colour (see {@code .plan-status} in the treatments stylesheet). */
class PlanStatusPill extends Span {

    PlanStatusPill(PlanStatus status) {
        setText(getTranslation(status.messageKey()));
        addClassNames("status-pill", "plan-status", "status-" + status.name().toLowerCase(Locale.ROOT));
    }
}

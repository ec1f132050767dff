package app.sorriso.billing.ui;

import app.sorriso.billing.PaymentState;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A payment's state in its own colour (see {@code .payment-state} in the stylesheet); overdue stands out in red. */
class PaymentStatePill extends Span {

    PaymentStatePill(PaymentState state) {
        setText(getTranslation(state.messageKey()));
        addClassNames("status-pill", "payment-state", "state-" + state.name().toLowerCase(Locale.ROOT));
    }
}

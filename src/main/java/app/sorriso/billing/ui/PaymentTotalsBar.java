package app.sorriso.billing.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.billing.PaymentTotals;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;

/** The sums of the payments on screen: received, still open, overdue and refunded. */
class PaymentTotalsBar extends Div {

    PaymentTotalsBar() {
        addClassName("payment-totals");
    }

    void show(PaymentTotals totals) {
        removeAll();
        add(figure("payment.totals.received", totals.received(), "received"));
        add(figure("payment.totals.open", totals.open(), "open"));
        add(figure("payment.totals.overdue", totals.overdue(), "overdue"));
        if (totals.refunded().signum() != 0) {
            add(figure("payment.totals.refunded", totals.refunded(), "refunded"));
        }
    }

    private Div figure(String key, BigDecimal amount, String kind) {
        Span label = new Span(getTranslation(key));
        label.addClassName("payment-total-label");
        Span value = new Span(ClinicFormats.money(amount));
        value.addClassName("payment-total-value");
        Div figure = new Div(label, value);
        figure.addClassNames("payment-total", kind);
        return figure;
    }
}

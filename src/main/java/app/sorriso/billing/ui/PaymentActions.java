package app.sorriso.billing.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.DatePickers;
import app.sorriso.billing.Payment;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** What the desk can do with a payment in its state: receive or cancel a pending one, refund a paid one. */
class PaymentActions extends Div {

    private final PaymentEntry entry;
    private final PaymentService payments;
    private final Runnable changed;

    PaymentActions(PaymentEntry entry, LocalDate today, PaymentService payments, Runnable changed) {
        this.entry = entry;
        this.payments = payments;
        this.changed = changed;
        addClassName("payment-actions");
        PaymentState state = entry.state(today);
        if (state == PaymentState.PENDING || state == PaymentState.OVERDUE) {
            Button receive = new Button(getTranslation("payment.action.receive"), click -> receive(today));
            receive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            add(receive, iconButton("payment.action.cancel", VaadinIcon.BAN, this::cancel));
        } else if (state == PaymentState.PAID) {
            add(iconButton("payment.action.refund", VaadinIcon.ARROW_BACKWARD, this::refund));
        }
    }

    private Button iconButton(String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation(key));
        button.setAriaLabel(getTranslation(key));
        return button;
    }

    private String subject() {
        return getTranslation(
                "payment.subject", entry.patientName(), entry.description(), ClinicFormats.money(entry.amount()));
    }

    private void receive(LocalDate today) {
        DatePicker paidOn = new DatePicker(getTranslation("payment.field.paid-on"), today);
        paidOn.setI18n(DatePickers.brazilian(this));
        paidOn.setMax(today);
        Select<PaymentMethod> method = new Select<>();
        method.setLabel(getTranslation("payment.field.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
        method.setValue(PaymentMethod.PIX);
        PaymentStepDialog dialog = new PaymentStepDialog(
                getTranslation("payment.receive.title"),
                getTranslation("payment.action.receive"),
                () -> payments.markPaid(entry.id(), entry.version(), paidOn.getValue(), method.getValue()),
                changed,
                getTranslation("payment.received", entry.patientName()));
        dialog.add(new Div(subject()));
        dialog.field("paidOn", paidOn);
        dialog.field("method", method);
        dialog.open();
    }

    private void cancel() {
        reasonDialog("payment.cancel", reason -> payments.cancel(entry.id(), entry.version(), reason));
    }

    private void refund() {
        reasonDialog("payment.refund", reason -> payments.refund(entry.id(), entry.version(), reason));
    }

    private void reasonDialog(String key, java.util.function.Function<String, PaymentEntry> step) {
        TextField reason = new TextField(getTranslation("payment.field.reason"));
        reason.setMaxLength(Payment.REASON_MAX);
        reason.setWidthFull();
        PaymentStepDialog dialog = new PaymentStepDialog(
                getTranslation(key + ".title"),
                getTranslation(key + ".confirm"),
                () -> step.apply(reason.getValue()),
                changed,
                getTranslation(key + ".done", entry.patientName()));
        dialog.confirmButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(new Div(subject()));
        dialog.field("reason", reason);
        dialog.open();
        reason.focus();
    }
}

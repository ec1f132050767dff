package app.sorriso.billing.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.Toasts;
import app.sorriso.billing.PaymentEntry;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small dialog for one step of a payment (receive, cancel, refund). A refusal about one of its fields shows next to
 * that field and keeps what was typed; a payment that someone else changed meanwhile closes the dialog, says so and
 * reloads the list.
 */
class PaymentStepDialog extends Dialog {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Button confirm;

    PaymentStepDialog(String title, String confirmText, Supplier<PaymentEntry> step, Runnable changed, String done) {
        addClassName("payment-step-dialog");
        setHeaderTitle(title);
        confirm = new Button(confirmText, click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                step.get();
                close();
                Toasts.success(done);
                changed.run();
            } catch (ClinicException refusal) {
                showRefusal(refusal, changed);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), confirm);
    }

    /** Adds a field whose refusals (by its property name) show beside it. */
    <F extends com.vaadin.flow.component.Component & HasValidation> F field(String name, F field) {
        fields.put(name, field);
        add(field);
        return field;
    }

    Button confirmButton() {
        return confirm;
    }

    private void showRefusal(ClinicException refusal, Runnable changed) {
        String message = getTranslation(refusal.getMessageKey(), refusal.getArguments());
        HasValidation field = refusal.getField().map(fields::get).orElse(null);
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            return;
        }
        close();
        Toasts.error(message);
        changed.run();
    }
}

package app.sorriso.billing.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.DatePickers;
import app.sorriso.billing.Instalments;
import app.sorriso.billing.Payment;
import app.sorriso.billing.PaymentService;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A new payment: who, what for, how much, when due, and in how many monthly instalments. It says, as the desk types,
 * what each instalment will be, so the split is seen before it is saved.
 */
class NewPaymentForm extends FormLayout {

    private final Binder<PaymentDraft> binder = new Binder<>(PaymentDraft.class);
    private final Span preview = new Span();

    /** @param patients to choose from; null when the patient is already given */
    NewPaymentForm(PatientService patients) {
        addClassName("new-payment-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));

        ComboBox<Patient> patient = new ComboBox<>(getTranslation("payment.field.patient"));
        if (patients != null) {
            PatientChoice.of(patient, patients, true);
            binder.forField(patient)
                    .asRequired(getTranslation("payment.patient.required"))
                    .bind("patient");
            setColspan(patient, 2);
            add(patient);
        }

        TextField description = new TextField(getTranslation("payment.field.description"));
        description.setMaxLength(Payment.DESCRIPTION_MAX);
        description.setPlaceholder(getTranslation("payment.field.description.placeholder"));
        binder.forField(description)
                .asRequired(getTranslation("payment.description.required"))
                .bind("description");
        setColspan(description, 2);

        BigDecimalField amount = new BigDecimalField(getTranslation("payment.field.total"));
        amount.setPrefixComponent(new Span("R$"));
        binder.forField(amount)
                .asRequired(getTranslation("payment.amount.positive"))
                .withValidator(value -> value.signum() > 0, getTranslation("payment.amount.positive"))
                .withValidator(value -> value.stripTrailingZeros().scale() <= 2, getTranslation("payment.amount.cents"))
                .bind("amount");

        IntegerField instalments = new IntegerField(getTranslation("payment.field.instalments"));
        instalments.setMin(1);
        instalments.setMax(PaymentService.MAX_INSTALMENTS);
        instalments.setStepButtonsVisible(true);
        binder.forField(instalments)
                .asRequired(getTranslation("payment.instalments.range", PaymentService.MAX_INSTALMENTS))
                .withValidator(
                        value -> value >= 1 && value <= PaymentService.MAX_INSTALMENTS,
                        getTranslation("payment.instalments.range", PaymentService.MAX_INSTALMENTS))
                .bind("instalments");

        DatePicker dueDate = new DatePicker(getTranslation("payment.field.first-due-date"));
        dueDate.setI18n(DatePickers.brazilian(this));
        binder.forField(dueDate).asRequired(getTranslation("form.required")).bind("dueDate");

        preview.addClassName("instalment-preview");
        setColspan(preview, 2);
        amount.addValueChangeListener(change -> preview(amount.getValue(), instalments.getValue()));
        instalments.addValueChangeListener(change -> preview(amount.getValue(), instalments.getValue()));
        add(description, amount, instalments, dueDate, preview);
    }

    private void preview(BigDecimal total, Integer count) {
        if (total == null
                || count == null
                || count < 2
                || count > PaymentService.MAX_INSTALMENTS
                || total.signum() <= 0
                || total.stripTrailingZeros().scale() > 2
                || total.movePointRight(2).longValue() < count) {
            preview.setText("");
            return;
        }
        List<BigDecimal> shares = Instalments.split(total, count);
        preview.setText(getTranslation(
                "payment.instalments.preview",
                count - 1,
                ClinicFormats.money(shares.getFirst()),
                ClinicFormats.money(shares.getLast())));
    }

    Binder<PaymentDraft> binder() {
        return binder;
    }
}

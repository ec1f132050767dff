package app.sorriso.security.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.security.PasswordPolicy;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

/**
 * The new password typed twice, and optionally the current one. It checks what it can on its own (length, the two
 * copies agreeing) and hands the rest to whoever listens for {@link SubmitEvent}; refusals come back through
 * {@link #showRefusal}.
 */
public class PasswordChangeForm extends FormLayout {

    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeatedPassword = new PasswordField();
    private final Binder<PasswordChange> binder = new Binder<>(PasswordChange.class);
    private final Button submit = new Button();

    public PasswordChangeForm(boolean asksCurrentPassword, String submitKey) {
        addClassName("password-change-form");
        setMaxWidth("28rem");
        setResponsiveSteps(new ResponsiveStep("0", 1));

        currentPassword.setLabel(getTranslation("password.current"));
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.hint", PasswordPolicy.MIN_LENGTH));
        repeatedPassword.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword, repeatedPassword}) {
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
            field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        }
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        currentPassword.setVisible(asksCurrentPassword);
        bind(asksCurrentPassword);

        submit.setText(getTranslation(submitKey));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> submit());
        Div actions = new Div(submit);
        actions.addClassName("password-change-actions");
        add(currentPassword, newPassword, repeatedPassword, actions);
    }

    private void bind(boolean asksCurrentPassword) {
        if (asksCurrentPassword) {
            binder.forField(currentPassword)
                    .asRequired(getTranslation("form.required"))
                    .bind(PasswordChange::getCurrentPassword, PasswordChange::setCurrentPassword);
        }
        binder.forField(newPassword)
                .asRequired(getTranslation("form.required"))
                .withValidator(
                        text -> text.codePointCount(0, text.length()) >= PasswordPolicy.MIN_LENGTH,
                        getTranslation("password.too-short", PasswordPolicy.MIN_LENGTH))
                .bind(PasswordChange::getNewPassword, PasswordChange::setNewPassword);
        binder.forField(repeatedPassword)
                .asRequired(getTranslation("form.required"))
                .withValidator(text -> text.equals(newPassword.getValue()), getTranslation("password.mismatch"))
                .bind(PasswordChange::getRepeatedPassword, PasswordChange::setRepeatedPassword);
        // the copy is judged against the latest original, also when the original is fixed after the copy
        newPassword.addValueChangeListener(change -> {
            if (!repeatedPassword.isEmpty()) {
                binder.validate();
            }
        });
        binder.setBean(new PasswordChange());
    }

    private void submit() {
        if (binder.validate().isOk()) {
            fireEvent(new SubmitEvent(this, binder.getBean()));
        }
    }

    /** Puts the service's refusal next to the field it is about, keeping what was typed. */
    public void showRefusal(ClinicException refusal) {
        PasswordField field = "currentPassword".equals(refusal.getField().orElse(null)) ? currentPassword : newPassword;
        field.setErrorMessage(getTranslation(refusal.getMessageKey(), refusal.getArguments()));
        field.setInvalid(true);
    }

    /** Empties the fields after a change went through, so no password stays on the screen. */
    public void clear() {
        binder.setBean(new PasswordChange());
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The person asked to change their password and the form found nothing wrong with what they typed. */
    public static class SubmitEvent extends ComponentEvent<PasswordChangeForm> {

        private final PasswordChange change;

        SubmitEvent(PasswordChangeForm source, PasswordChange change) {
            super(source, false);
            this.change = change;
        }

        public PasswordChange change() {
            return change;
        }
    }
}

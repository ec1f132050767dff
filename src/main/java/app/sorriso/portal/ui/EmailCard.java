package app.sorriso.portal.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.Toasts;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;

/** The login e-mail, changed only with the current password, since whoever holds it can reset their access. */
class EmailCard extends Div {

    private final Paragraph current = new Paragraph();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();

    EmailCard(PatientAccountService patients, String currentEmail) {
        addClassNames("card", "profile-card");
        current.setText(getTranslation("me.profile.email-current", currentEmail));
        email.setLabel(getTranslation("me.profile.email-new"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("account.email.invalid")));
        password.setLabel(getTranslation("password.current"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        Button change = new Button(getTranslation("me.profile.email-change"), click -> change(patients));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(new H2(getTranslation("me.profile.email")), current, form, change);
    }

    private void change(PatientAccountService patients) {
        email.setInvalid(false);
        password.setInvalid(false);
        if (email.isEmpty() || password.isEmpty()) {
            refuse(email.isEmpty() ? email : password, getTranslation("form.required"));
            return;
        }
        try {
            Patient patient = patients.changeOwnEmail(password.getValue(), email.getValue());
            current.setText(getTranslation("me.profile.email-current", patient.getEmail()));
            email.clear();
            password.clear();
            Toasts.success(getTranslation("me.profile.email-changed"));
        } catch (ClinicException refusal) {
            HasValidation field = "currentPassword".equals(refusal.getField().orElse(null)) ? password : email;
            refuse(field, getTranslation(refusal.getMessageKey(), refusal.getArguments()));
        }
    }

    private static void refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}

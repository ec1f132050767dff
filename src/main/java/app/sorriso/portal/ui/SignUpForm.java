package app.sorriso.portal.ui;

import app.sorriso.base.ui.DatePickers;
import app.sorriso.patients.Patient;
import app.sorriso.patients.SignUp;
import app.sorriso.security.PasswordPolicy;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The sign-up fields, bound to a {@link SignUp} that keeps whatever was typed: a refusal from the server lands next to
 * its field and nothing has to be typed again. Each field says what is wrong as soon as the person leaves it.
 */
class SignUpForm extends FormLayout {

    private final BeanValidationBinder<SignUp> binder = new BeanValidationBinder<>(SignUp.class);
    private final List<Component> typed;

    SignUpForm() {
        addClassName("sign-up-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));

        TextField fullName = new TextField(getTranslation("signup.field.name"));
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.setMaxLength(Patient.NAME_MAX);
        EmailField email = new EmailField(getTranslation("signup.field.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(SignUp.EMAIL_MAX);
        // the field checks the e-mail's shape itself; without this message it would turn red and say nothing
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("account.email.invalid")));
        TextField cpf = new TextField(getTranslation("patient.field.cpf"));
        cpf.setPlaceholder("000.000.000-00");
        cpf.setMaxLength(14);
        cpf.getElement().setAttribute("inputmode", "numeric");
        TextField phone = new TextField(getTranslation("signup.field.phone"));
        phone.setPlaceholder("(11) 98765-4321");
        phone.setAutocomplete(Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");
        DatePicker birthDate = new DatePicker(getTranslation("patient.field.birth-date"));
        birthDate.setI18n(DatePickers.brazilian(this)
                .setBadInputErrorMessage(getTranslation("signup.birth-date.invalid"))
                .setMaxErrorMessage(getTranslation("patient.birth-date.past")));
        birthDate.setMax(LocalDate.now());
        birthDate.setInitialPosition(LocalDate.now().minusYears(30));
        birthDate.setPlaceholder(getTranslation("date.placeholder"));
        PasswordField password = new PasswordField(getTranslation("signup.field.password"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("password.hint", PasswordPolicy.MIN_LENGTH));
        password.setValueChangeMode(ValueChangeMode.ON_BLUR);
        Checkbox consent = new Checkbox();
        consent.setLabelComponent(consentLabel());
        consent.addClassName("sign-up-consent");

        for (TextField field : new TextField[] {fullName, cpf, phone}) {
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        }
        binder.forField(fullName).bind("fullName");
        binder.forField(email).bind("email");
        binder.forField(cpf).bind("cpf");
        binder.forField(phone).bind("phone");
        binder.forField(birthDate).bind("birthDate");
        binder.forField(password)
                .withValidator(
                        text -> text.codePointCount(0, text.length()) >= PasswordPolicy.MIN_LENGTH,
                        getTranslation("password.too-short", PasswordPolicy.MIN_LENGTH))
                .withValidator(text -> !PasswordPolicy.isCommon(text), getTranslation("password.too-common"))
                .bind("password");
        binder.forField(consent).bind("consent");
        binder.setBean(new SignUp());
        for (HasValue<?, ?> required : new HasValue<?, ?>[] {fullName, email, cpf, phone, birthDate, password}) {
            required.setRequiredIndicatorVisible(true);
        }

        typed = List.of(fullName, email, cpf, phone, password);
        add(fullName, 2);
        add(email, 2);
        add(cpf, birthDate, phone, password);
        add(consent, 2);
    }

    private Span consentLabel() {
        Anchor notice = new Anchor("privacy", getTranslation("signup.consent.notice"), AnchorTarget.BLANK);
        notice.setRouterIgnore(true);
        return new Span(new Span(getTranslation("signup.consent.before") + " "), notice);
    }

    /**
     * The fields where Enter means "create my account". Not the birth date: there Enter confirms the date picked in
     * its calendar, and submitting half a form at that moment would only show errors.
     */
    Component[] typedFields() {
        return typed.toArray(Component[]::new);
    }

    BeanValidationBinder<SignUp> binder() {
        return binder;
    }

    /** Whether everything typed passes the form's own checks; shows each problem next to its field. */
    boolean isValid() {
        return binder.validate().isOk();
    }

    SignUp value() {
        return binder.getBean();
    }
}

package app.sorriso.security.ui;

import app.sorriso.security.PasswordPolicy;
import app.sorriso.security.Role;
import app.sorriso.security.StaffAccountDraft;
import app.sorriso.security.TemporaryPassword;
import app.sorriso.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A staff member's name, e-mail and role and, for a new account, the temporary password they will log in with once.
 * That password is shown in clear on purpose: the administrator has to pass it on, and it dies at first use.
 */
public class StaffAccountForm extends FormLayout {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Role> role = new Select<>();
    private final TextField temporaryPassword = new TextField();
    private final BeanValidationBinder<StaffAccountDraft> binder = new BeanValidationBinder<>(StaffAccountDraft.class);

    public StaffAccountForm(boolean newAccount) {
        addClassName("staff-account-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));

        name.setLabel(getTranslation("staff.field.name"));
        name.setMaxLength(UserAccount.NAME_MAX);
        email.setLabel(getTranslation("staff.field.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX);
        // the field checks the address itself before the binder does, so it needs the same words
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("account.email.invalid"))
                .setMaxLengthErrorMessage(getTranslation("account.email.invalid")));
        role.setLabel(getTranslation("staff.field.role"));
        role.setItems(Role.ADMIN, Role.RECEPTION, Role.DENTIST);
        role.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        email.setValueChangeMode(ValueChangeMode.LAZY);

        // Bean Validation marks only @NotNull fields as required; these two are required all the same
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        binder.bind(name, "name");
        binder.bind(email, "email");
        binder.bind(role, "role");
        add(name, email, role);
        setColspan(name, 2);
        if (newAccount) {
            add(temporaryPasswordField());
        }
    }

    private TextField temporaryPasswordField() {
        temporaryPassword.setLabel(getTranslation("staff.field.temporary-password"));
        temporaryPassword.setHelperText(getTranslation("staff.field.temporary-password.hint"));
        temporaryPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        temporaryPassword.setValueChangeMode(ValueChangeMode.LAZY);
        Button generate = new Button(
                VaadinIcon.MAGIC.create(), click -> temporaryPassword.setValue(TemporaryPassword.generate()));
        generate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        generate.setAriaLabel(getTranslation("staff.generate"));
        generate.setTooltipText(getTranslation("staff.generate"));
        temporaryPassword.setSuffixComponent(generate);
        binder.forField(temporaryPassword)
                .asRequired(getTranslation("form.required"))
                .withValidator(
                        text -> text.codePointCount(0, text.length()) >= PasswordPolicy.MIN_LENGTH,
                        getTranslation("password.too-short", PasswordPolicy.MIN_LENGTH))
                .bind("temporaryPassword");
        return temporaryPassword;
    }

    public Binder<StaffAccountDraft> binder() {
        return binder;
    }
}

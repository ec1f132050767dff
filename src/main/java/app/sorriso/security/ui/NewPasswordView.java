package app.sorriso.security.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.Toasts;
import app.sorriso.security.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where a person who logged in with a temporary password chooses their own. It stands alone, without the menu: until
 * the password is replaced there is nowhere else to go (see {@link PasswordChangeGate}), except out.
 */
@Route(value = "new-password", autoLayout = false)
@PermitAll
public class NewPasswordView extends Div implements HasDynamicTitle {

    public NewPasswordView(UserAccountService accounts, AuthenticationContext authentication) {
        addClassName("new-password-view");
        Icon icon = VaadinIcon.KEY_O.create();
        icon.addClassName("new-password-icon");

        PasswordChangeForm form = new PasswordChangeForm(false, "password.new.save");
        form.addSubmitListener(submit -> {
            try {
                accounts.replaceTemporaryPassword(submit.change().getNewPassword());
                Toasts.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (ClinicException refusal) {
                form.showRefusal(refusal);
            }
        });

        Button logout = new Button(getTranslation("layout.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div card = new Div(
                icon,
                new H1(getTranslation("password.new.title")),
                new Paragraph(getTranslation("password.new.text")),
                form,
                logout);
        card.addClassNames("card", "new-password-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.new.title") + " · " + getTranslation("app.name");
    }
}

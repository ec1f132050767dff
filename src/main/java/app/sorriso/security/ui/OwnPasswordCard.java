package app.sorriso.security.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.Toasts;
import app.sorriso.security.UserAccountService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** The logged-in person changes their own password, giving the current one; for every profile screen. */
public class OwnPasswordCard extends Div {

    public OwnPasswordCard(UserAccountService accounts) {
        PasswordChangeForm form = new PasswordChangeForm(true, "password.change.save");
        form.addSubmitListener(submit -> {
            try {
                accounts.changeOwnPassword(
                        submit.change().getCurrentPassword(), submit.change().getNewPassword());
                form.clear();
                Toasts.success(getTranslation("password.changed"));
            } catch (ClinicException refusal) {
                form.showRefusal(refusal);
            }
        });
        addClassName("card");
        add(new H2(getTranslation("password.change.title")), form);
    }
}

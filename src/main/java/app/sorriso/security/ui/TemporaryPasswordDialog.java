package app.sorriso.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shows a temporary password the one time it can be seen: only its hash is kept, so once this closes the way to a new
 * one is another reset.
 */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String accountName, String password) {
        addClassName("temporary-password-dialog");
        setHeaderTitle(getTranslation("staff.temporary.title"));

        Span code = new Span(password);
        code.addClassName("temporary-password");
        Button copy = new Button(getTranslation("staff.temporary.copy"), VaadinIcon.COPY_O.create(), click -> {
            getElement().executeJs("navigator.clipboard.writeText($0)", password);
            click.getSource().setText(getTranslation("staff.temporary.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("staff.temporary.text", accountName)), code, copy);

        Button done = new Button(getTranslation("staff.temporary.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}

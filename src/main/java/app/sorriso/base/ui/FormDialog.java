package app.sorriso.base.ui;

import app.sorriso.base.ClinicException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The dialog every create/edit form lives in: Save stays disabled while the form is invalid, a refusal from the server
 * lands next to the field it is about (or in a toast), and nothing the person typed is lost when saving fails. On
 * phones the dialog fills the screen (see {@code .form-dialog} in the stylesheet).
 *
 * @param <T> the bean the form edits
 */
public class FormDialog<T> extends Dialog {

    private final Binder<T> binder;
    private final Button save;
    private T bean;

    /**
     * @param form the fields, already bound to {@code binder}
     * @param store saves the bean and returns what was stored; throws {@link ClinicException} to refuse
     * @param onSaved told about the stored bean once saving succeeded
     */
    public FormDialog(String title, Component form, Binder<T> binder, Function<T, T> store, Consumer<T> onSaved) {
        this.binder = binder;
        addClassName("form-dialog");
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setDraggable(false);
        add(form);

        save = new Button(getTranslation("form.save"), click -> save(store, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        getFooter().add(cancel, save);
        binder.addStatusChangeListener(status -> save.setEnabled(binder.isValid() && binder.hasChanges()));
    }

    /** Opens the dialog on a bean: a new one to create, or a loaded one to edit. */
    public void open(T bean) {
        this.bean = bean;
        binder.readBean(bean);
        save.setEnabled(false);
        open();
    }

    private void save(Function<T, T> store, Consumer<T> onSaved) {
        try {
            binder.writeBean(bean);
            T stored = store.apply(bean);
            close();
            onSaved.accept(stored);
        } catch (ValidationException invalid) {
            binder.validate();
        } catch (ClinicException refusal) {
            showRefusal(refusal);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }

    private void showRefusal(ClinicException refusal) {
        FieldRefusals.show(this, binder, refusal);
    }
}

package app.sorriso.base.ui;

import app.sorriso.base.ClinicException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;

/** Puts a service's refusal next to the form field it is about, or in a toast when it is about no field of the form. */
public final class FieldRefusals {

    private FieldRefusals() {}

    /** @param screen the component whose language the message is written in */
    public static void show(Component screen, Binder<?> binder, ClinicException refusal) {
        String message = screen.getTranslation(refusal.getMessageKey(), refusal.getArguments());
        Component field = refusal.getField()
                .flatMap(binder::getBinding)
                .map(binding -> binding.getField())
                .filter(Component.class::isInstance)
                .map(Component.class::cast)
                .orElse(null);
        if (field instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        } else {
            Toasts.error(message);
        }
    }
}

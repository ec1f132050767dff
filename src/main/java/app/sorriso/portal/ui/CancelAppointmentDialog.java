package app.sorriso.portal.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.Toasts;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AppointmentStatus;
import app.sorriso.scheduling.PatientAppointmentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;

/**
 * Asks the patient to confirm a cancellation (or the withdrawal of a request), with an optional word on why; the
 * clinic gets a default reason when they give none.
 */
class CancelAppointmentDialog extends Dialog {

    CancelAppointmentDialog(
            AgendaEntry entry, PatientAppointmentService appointments, ZoneId zone, Runnable onCancelled) {
        addClassName("cancel-dialog");
        boolean request = entry.status() == AppointmentStatus.REQUESTED;
        setHeaderTitle(getTranslation(request ? "me.cancel.request-title" : "me.cancel.title"));
        String when = ClinicFormats.DATE_TIME.format(entry.startsAt().atZone(zone));
        TextArea reason = new TextArea(getTranslation("me.cancel.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("me.cancel.text", when, entry.professionalName())), reason);

        Button keep = new Button(getTranslation("me.cancel.keep"), click -> close());
        Button cancel = new Button(getTranslation(request ? "me.cancel.request-confirm" : "me.cancel.confirm"));
        cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> {
            String why = reason.getValue().isBlank() ? getTranslation("me.cancel.default-reason") : reason.getValue();
            try {
                appointments.cancel(entry.id(), why);
                close();
                Toasts.success(getTranslation(request ? "me.cancel.request-done" : "me.cancel.done"));
                onCancelled.run();
            } catch (ClinicException refused) {
                close();
                Toasts.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
                onCancelled.run();
            }
        });
        getFooter().add(keep, cancel);
    }
}

package app.sorriso.scheduling.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ClinicProperties;
import app.sorriso.base.Phones;
import app.sorriso.base.ui.Toasts;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import app.sorriso.scheduling.AppointmentStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * The one-click steps the desk takes on an appointment (confirm, check in, complete, no-show, cancel with a reason)
 * and the WhatsApp confirmation Brazilian clinics send. Only the steps the status allows are offered; the service
 * refuses the others anyway.
 */
class AppointmentActions extends Div {

    AppointmentActions(
            AgendaEntry entry,
            AgendaService agenda,
            ClinicProperties clinic,
            ZoneId zone,
            boolean canMessage,
            Runnable changed) {
        addClassName("appointment-actions");
        AppointmentStatus status = entry.status();
        step(
                entry,
                agenda,
                changed,
                status,
                AppointmentStatus.SCHEDULED,
                "appointment.action.approve",
                VaadinIcon.CHECK);
        step(
                entry,
                agenda,
                changed,
                status,
                AppointmentStatus.CONFIRMED,
                "appointment.action.confirm",
                VaadinIcon.CHECK);
        step(
                entry,
                agenda,
                changed,
                status,
                AppointmentStatus.CHECKED_IN,
                "appointment.action.check-in",
                VaadinIcon.SIGN_IN);
        step(
                entry,
                agenda,
                changed,
                status,
                AppointmentStatus.COMPLETED,
                "appointment.action.complete",
                VaadinIcon.CHECK_CIRCLE);
        step(
                entry,
                agenda,
                changed,
                status,
                AppointmentStatus.NO_SHOW,
                "appointment.action.no-show",
                VaadinIcon.EYE_SLASH);
        if (status.canBecome(AppointmentStatus.CANCELLED)) {
            Button cancel = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> cancel(entry, agenda, changed));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            cancel.setTooltipText(getTranslation("appointment.action.cancel"));
            cancel.setAriaLabel(getTranslation("appointment.action.cancel"));
            add(cancel);
        }
        if (canMessage && entry.patientPhone() != null && entry.isOpen()) {
            add(whatsapp(entry, agenda, clinic, zone));
        }
    }

    private void step(
            AgendaEntry entry,
            AgendaService agenda,
            Runnable changed,
            AppointmentStatus current,
            AppointmentStatus next,
            String key,
            VaadinIcon icon) {
        if (!current.canBecome(next)) {
            return;
        }
        // Marking a no-show is rare and must not be hit by mistake next to "check in": an icon with a tooltip.
        boolean quiet = next == AppointmentStatus.NO_SHOW;
        Button button = new Button(quiet ? null : getTranslation(key), icon.create(), click -> {
            agenda.move(entry.id(), next, null);
            Toasts.success(getTranslation(
                    "appointment.moved", entry.patientName(), getTranslation(StatusPill.messageKey(next))));
            changed.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (quiet) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setTooltipText(getTranslation(key));
            button.setAriaLabel(getTranslation(key));
        }
        add(button);
    }

    private void cancel(AgendaEntry entry, AgendaService agenda, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("appointment.cancel.title", entry.patientName()));
        TextField reason = new TextField(getTranslation("appointment.cancel.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("appointment.action.cancel"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("appointment.cancel.reason-required"));
                reason.setInvalid(true);
                return;
            }
            agenda.move(entry.id(), AppointmentStatus.CANCELLED, reason.getValue());
            dialog.close();
            Toasts.info(getTranslation("appointment.cancelled", entry.patientName()));
            changed.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private Component whatsapp(AgendaEntry entry, AgendaService agenda, ClinicProperties clinic, ZoneId zone) {
        String text = getTranslation(
                "appointment.whatsapp.message",
                entry.patientName().split(" ")[0],
                clinic.name(),
                ClinicFormats.DATE.format(entry.startsAt().atZone(zone)),
                ClinicFormats.TIME.format(entry.startsAt().atZone(zone)),
                entry.professionalName());
        Anchor link = new Anchor(
                "https://wa.me/" + Phones.international(entry.patientPhone()) + "?text="
                        + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"),
                VaadinIcon.COMMENT.create());
        link.setTarget("_blank");
        link.addClassName("whatsapp-action");
        link.getElement()
                .setAttribute(
                        "title",
                        getTranslation(
                                entry.confirmationSentAt() == null
                                        ? "appointment.whatsapp.send"
                                        : "appointment.whatsapp.sent"));
        link.getElement().setAttribute("aria-label", getTranslation("appointment.whatsapp.send"));
        if (entry.confirmationSentAt() != null) {
            link.addClassName("sent");
        }
        link.getElement().addEventListener("click", click -> agenda.recordConfirmationSent(entry.id()));
        return link;
    }
}

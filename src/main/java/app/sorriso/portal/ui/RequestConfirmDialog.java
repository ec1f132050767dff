package app.sorriso.portal.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.Specialty;
import app.sorriso.scheduling.Slot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Consumer;

/** The last look before asking: day, time and professional, and an optional word on what the visit is about. */
class RequestConfirmDialog extends Dialog {

    static final int NOTE_MAX = 500;

    RequestConfirmDialog(
            Slot slot, Professional professional, Specialty specialty, ZoneId zone, Consumer<String> onConfirm) {
        addClassName("request-confirm");
        setHeaderTitle(getTranslation("me.book.confirm.title"));
        ZonedDateTime start = slot.startsAt().atZone(zone);
        Div summary = new Div(
                line(VaadinIcon.CALENDAR_O, Dates.day(this, start)),
                line(
                        VaadinIcon.CLOCK,
                        ClinicFormats.TIME.format(start) + "–"
                                + ClinicFormats.TIME.format(slot.endsAt().atZone(zone))),
                line(VaadinIcon.USER, professional.getName() + " · " + getTranslation(specialty.messageKey())));
        summary.addClassName("request-summary");
        TextArea note = new TextArea(getTranslation("me.book.confirm.note"));
        note.setPlaceholder(getTranslation("me.book.confirm.note-hint"));
        note.setMaxLength(NOTE_MAX);
        note.setWidthFull();
        add(summary, note, new Paragraph(getTranslation("me.book.confirm.pending")));

        Button back = new Button(getTranslation("form.cancel"), click -> close());
        Button confirm = new Button(getTranslation("me.book.confirm.submit"), click -> {
            close();
            onConfirm.accept(note.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        getFooter().add(back, confirm);
    }

    private static Div line(VaadinIcon icon, String text) {
        Div line = new Div(icon.create(), new Span(text));
        line.addClassName("request-summary-line");
        return line;
    }
}

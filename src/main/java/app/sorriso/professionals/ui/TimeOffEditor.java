package app.sorriso.professionals.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.professionals.TimeOff;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** A professional's time off: what is recorded, each with a remove button, and a line to record another. */
class TimeOffEditor extends Div {

    /** What the person asked to record, in the clinic's time. */
    record Request(Instant startsAt, Instant endsAt, String reason) {}

    private final ZoneId zone;
    private final Div list = new Div();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final TextField reason = new TextField();
    private final Consumer<TimeOff> onRemove;

    TimeOffEditor(ZoneId zone, Consumer<Request> onAdd, Consumer<TimeOff> onRemove) {
        this.zone = zone;
        this.onRemove = onRemove;
        addClassName("time-off-editor");
        list.addClassName("time-off-list");

        startsAt.setLabel(getTranslation("schedule.time-off.from"));
        endsAt.setLabel(getTranslation("schedule.time-off.to"));
        startsAt.setStep(Duration.ofMinutes(30));
        endsAt.setStep(Duration.ofMinutes(30));
        reason.setLabel(getTranslation("schedule.time-off.reason"));
        reason.setMaxLength(TimeOff.REASON_MAX);
        Button add = new Button(getTranslation("schedule.time-off.add"), VaadinIcon.PLUS.create());
        add.addClickListener(click -> {
            List.<HasValidation>of(startsAt, endsAt, reason).forEach(field -> field.setInvalid(false));
            onAdd.accept(new Request(instant(startsAt), instant(endsAt), reason.getValue()));
        });
        Div form = new Div(startsAt, endsAt, reason, add);
        form.addClassName("time-off-form");
        add(list, form);
    }

    void show(List<TimeOff> absences) {
        list.removeAll();
        if (absences.isEmpty()) {
            Span none = new Span(getTranslation("schedule.time-off.none"));
            none.addClassName("time-off-none");
            list.add(none);
        }
        for (TimeOff absence : absences) {
            Span when = new Span(format(absence.getStartsAt()) + " – " + format(absence.getEndsAt()));
            when.addClassName("time-off-when");
            Span why = new Span(absence.getReason());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> onRemove.accept(absence));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("schedule.remove"));
            remove.setTooltipText(getTranslation("schedule.remove"));
            Div item = new Div(new Div(when, why), remove);
            item.addClassName("time-off-item");
            list.add(item);
        }
    }

    /** Clears the line after a successful add, ready for the next one. */
    void clear() {
        startsAt.clear();
        endsAt.clear();
        reason.clear();
    }

    /** Marks the field a refusal is about; returns false when it names none of them. */
    boolean refuse(String field, String message) {
        HasValidation target = switch (field) {
            case "startsAt" -> startsAt;
            case "endsAt" -> endsAt;
            case "reason" -> reason;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    private Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().atZone(zone).toInstant();
    }

    private String format(Instant instant) {
        return ClinicFormats.DATE_TIME.format(instant.atZone(zone));
    }
}

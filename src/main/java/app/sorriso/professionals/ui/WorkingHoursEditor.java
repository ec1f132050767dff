package app.sorriso.professionals.ui;

import app.sorriso.professionals.WorkingPeriod;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A week of working hours: each weekday holds none, one or several periods, each a start and an end time. */
class WorkingHoursEditor extends Div {

    private final List<DayRow> days = new ArrayList<>();

    WorkingHoursEditor(List<WorkingPeriod> current) {
        addClassName("hours-editor");
        for (DayOfWeek day : DayOfWeek.values()) {
            DayRow row = new DayRow(day);
            current.stream().filter(period -> period.dayOfWeek() == day).forEach(row::addPeriod);
            days.add(row);
            add(row);
        }
    }

    /**
     * The periods as typed. A period with a missing or backwards time is refused by {@link WorkingPeriod} itself,
     * with a message the dialog shows.
     */
    List<WorkingPeriod> periods() {
        List<WorkingPeriod> periods = new ArrayList<>();
        days.forEach(day -> day.collectInto(periods));
        return periods;
    }

    private final class DayRow extends Div {

        private final DayOfWeek day;
        private final Div periods = new Div();
        private final Span dayOff = new Span(getTranslation("schedule.day-off"));

        DayRow(DayOfWeek day) {
            this.day = day;
            addClassName("hours-day");
            Locale locale = getLocale();
            String dayName = day.getDisplayName(TextStyle.FULL, locale);
            Span name = new Span(dayName.substring(0, 1).toUpperCase(locale) + dayName.substring(1));
            name.addClassName("hours-day-name");
            periods.addClassName("hours-periods");
            dayOff.addClassName("hours-day-off");
            Button add = new Button(VaadinIcon.PLUS.create(), click -> addPeriod(null));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.setAriaLabel(getTranslation("schedule.add-period") + " · " + name.getText());
            add.setTooltipText(getTranslation("schedule.add-period"));
            periods.add(dayOff);
            add(name, periods, add);
        }

        void addPeriod(WorkingPeriod period) {
            TimePicker start = picker("schedule.start", period == null ? LocalTime.of(8, 0) : period.startTime());
            TimePicker end = picker("schedule.end", period == null ? LocalTime.of(12, 0) : period.endTime());
            Div line = new Div(start, new Span("–"), end);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                periods.remove(line);
                dayOff.setVisible(periods.getComponentCount() == 1);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("schedule.remove"));
            remove.setTooltipText(getTranslation("schedule.remove"));
            line.add(remove);
            line.addClassName("hours-period");
            periods.add(line);
            dayOff.setVisible(false);
        }

        void collectInto(List<WorkingPeriod> result) {
            periods.getChildren()
                    .filter(child -> child.getElement().getClassList().contains("hours-period"))
                    .forEach(line -> {
                        List<TimePicker> times = line.getChildren()
                                .filter(TimePicker.class::isInstance)
                                .map(TimePicker.class::cast)
                                .toList();
                        result.add(new WorkingPeriod(
                                day, times.get(0).getValue(), times.get(1).getValue()));
                    });
        }

        private TimePicker picker(String labelKey, LocalTime value) {
            TimePicker picker = new TimePicker(value);
            picker.setStep(Duration.ofMinutes(15));
            picker.setAriaLabel(getTranslation(labelKey));
            picker.setPlaceholder(getTranslation(labelKey));
            picker.addClassName("hours-time");
            return picker;
        }
    }
}

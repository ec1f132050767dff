package app.sorriso.portal.ui;

import app.sorriso.base.ClinicFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A month of days, built from buttons: the days with free slots can be picked (and say how many), the others are
 * greyed out. Months before this one and beyond the last bookable day cannot be reached.
 */
class SlotCalendar extends Div {

    private final Function<YearMonth, Map<LocalDate, Integer>> freeSlotsPerDay;
    private final Consumer<LocalDate> onPick;
    private final YearMonth first;
    private final YearMonth last;
    private final Span title = new Span();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Div days = new Div();
    private final Map<LocalDate, Button> buttons = new HashMap<>();
    private YearMonth month;
    private LocalDate picked;

    /**
     * @param freeSlotsPerDay how many free slots each day of a month has (days without any may be left out)
     * @param onPick told which day the person picked
     */
    SlotCalendar(
            LocalDate today,
            LocalDate lastBookable,
            Function<YearMonth, Map<LocalDate, Integer>> freeSlotsPerDay,
            Consumer<LocalDate> onPick) {
        this.freeSlotsPerDay = freeSlotsPerDay;
        this.onPick = onPick;
        this.first = YearMonth.from(today);
        this.last = YearMonth.from(lastBookable);
        this.month = first;
        addClassName("slot-calendar");
        previous.setAriaLabel(getTranslation("me.book.previous-month"));
        next.setAriaLabel(getTranslation("me.book.next-month"));
        previous.addClickListener(click -> show(month.minusMonths(1)));
        next.addClickListener(click -> show(month.plusMonths(1)));
        for (Button arrow : new Button[] {previous, next}) {
            arrow.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        title.addClassName("slot-calendar-title");
        Div header = new Div(previous, title, next);
        header.addClassName("slot-calendar-header");
        Div weekdays = new Div();
        weekdays.addClassName("slot-calendar-weekdays");
        for (String name : getTranslation("date.weekdays-short").split(",")) {
            weekdays.add(new Span(name));
        }
        days.addClassName("slot-calendar-days");
        add(header, weekdays, days);
    }

    /** Shows the current month again, with fresh free slots (after a slot was taken, say). */
    void refresh() {
        show(month);
    }

    /** The month that holds the first day with a free slot, searching from this month on; this month if none. */
    void showFirstMonthWithSlots() {
        for (YearMonth candidate = first; !candidate.isAfter(last); candidate = candidate.plusMonths(1)) {
            Map<LocalDate, Integer> free = freeSlotsPerDay.apply(candidate);
            if (!free.isEmpty()) {
                render(candidate, free);
                return;
            }
        }
        show(first);
    }

    private void show(YearMonth shown) {
        render(shown, freeSlotsPerDay.apply(shown));
    }

    private void render(YearMonth shown, Map<LocalDate, Integer> free) {
        month = shown;
        title.setText(Dates.month(this, shown));
        previous.setEnabled(shown.isAfter(first));
        next.setEnabled(shown.isBefore(last));
        days.removeAll();
        buttons.clear();
        int leading = shown.atDay(1).getDayOfWeek().getValue() % 7;
        for (int i = 0; i < leading; i++) {
            days.add(new Span());
        }
        for (int day = 1; day <= shown.lengthOfMonth(); day++) {
            days.add(dayButton(shown.atDay(day), free.getOrDefault(shown.atDay(day), 0)));
        }
    }

    private Button dayButton(LocalDate date, int slots) {
        Span number = new Span(String.valueOf(date.getDayOfMonth()));
        Button button = new Button(number);
        button.addClassName("slot-day");
        button.setEnabled(slots > 0);
        button.getElement().getClassList().set("picked", date.equals(picked));
        buttons.put(date, button);
        button.setAriaLabel(
                ClinicFormats.date(date) + (slots > 0 ? " · " + getTranslation("me.book.slots", slots) : ""));
        if (slots > 0) {
            Span dot = new Span();
            dot.addClassName("slot-day-dot");
            button.getElement().appendChild(dot.getElement());
            button.addClickListener(click -> {
                buttons.forEach(
                        (day, other) -> other.getElement().getClassList().set("picked", day.equals(date)));
                picked = date;
                onPick.accept(date);
            });
        }
        return button;
    }
}

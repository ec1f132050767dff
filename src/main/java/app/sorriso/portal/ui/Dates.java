package app.sorriso.portal.ui;

import app.sorriso.base.ClinicFormats;
import com.vaadin.flow.component.Component;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;

/** Days and months in words, from the bundles, with a capital first letter as they start a line. */
final class Dates {

    private Dates() {}

    static String weekday(Component screen, DayOfWeek day) {
        return capitalized(screen.getTranslation("date.weekdays").split(",")[day.getValue() % 7]);
    }

    /** "Sexta-feira, 04/12/2026". */
    static String day(Component screen, TemporalAccessor date) {
        LocalDate local = LocalDate.from(date);
        return screen.getTranslation(
                "me.home.next.day", weekday(screen, local.getDayOfWeek()), ClinicFormats.date(local));
    }

    /** "Dezembro 2026". */
    static String month(Component screen, YearMonth month) {
        String name = screen.getTranslation("date.months").split(",")[month.getMonthValue() - 1];
        return capitalized(name) + " " + month.getYear();
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

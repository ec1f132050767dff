package app.sorriso.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The span of dates a clinic's records can sensibly hold: appointments, due dates and planned steps within
 * {@value #YEARS} years of today either way. A slip of the keyboard (0001 for 2001, 9999 for a year) is named on its
 * field instead of being kept as a record nobody will ever find on a calendar.
 */
public final class ClinicDates {

    public static final int YEARS = 10;

    private ClinicDates() {}

    /**
     * @throws ClinicException on {@code field} ({@code form.date.out-of-range}, with the first and last dates
     *     allowed) when {@code date} lies further than {@value #YEARS} years from today
     */
    public static LocalDate requireWithinReach(LocalDate date, Clock clock, String field) {
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = today.minusYears(YEARS);
        LocalDate latest = today.plusYears(YEARS);
        if (date != null && (date.isBefore(earliest) || date.isAfter(latest))) {
            throw ClinicException.onField(
                    field, "form.date.out-of-range", ClinicFormats.date(earliest), ClinicFormats.date(latest));
        }
        return date;
    }

    /** The same rule for a moment, read as a date in the clinic's time zone. */
    public static Instant requireWithinReach(Instant moment, Clock clock, String field) {
        if (moment != null) {
            requireWithinReach(moment.atZone(clock.getZone()).toLocalDate(), clock, field);
        }
        return moment;
    }
}

package app.sorriso.professionals;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ClinicFormats;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One stretch of a weekday when a professional sees patients, e.g. Monday 08:00–12:00. */
@Embeddable
public record WorkingPeriod(
        @Column(name = "day_of_week", nullable = false) DayOfWeek dayOfWeek,
        @Column(name = "start_time", nullable = false) LocalTime startTime,
        @Column(name = "end_time", nullable = false) LocalTime endTime) {

    /** Refuses a backwards period here, with a message people can read, rather than at the table's check. */
    public WorkingPeriod {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        if (startTime == null || endTime == null) {
            throw new ClinicException("professional.hours.incomplete");
        }
        if (!endTime.isAfter(startTime)) {
            throw new ClinicException(
                    "professional.hours.order",
                    ClinicFormats.TIME.format(startTime),
                    ClinicFormats.TIME.format(endTime));
        }
    }

    public boolean overlaps(WorkingPeriod other) {
        return dayOfWeek == other.dayOfWeek && startTime.isBefore(other.endTime) && other.startTime.isBefore(endTime);
    }

    /** The period as the clinic writes it: 08:00–12:00. */
    public String interval() {
        return ClinicFormats.TIME.format(startTime) + "–" + ClinicFormats.TIME.format(endTime);
    }
}

package app.sorriso.professionals;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One stretch of a weekday when a professional sees patients, e.g. Monday 08:00–12:00. */
@Embeddable
public record WorkingPeriod(
        @Column(name = "day_of_week", nullable = false) DayOfWeek dayOfWeek,
        @Column(name = "start_time", nullable = false) LocalTime startTime,
        @Column(name = "end_time", nullable = false) LocalTime endTime) {

    public WorkingPeriod {
        if (!endTime.isAfter(startTime)) {
            throw new IllegalArgumentException("A working period must end after it starts");
        }
    }
}

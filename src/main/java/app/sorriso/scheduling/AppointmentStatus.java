package app.sorriso.scheduling;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment stands. A patient's request waits for the desk; a booked appointment is confirmed, the patient
 * checks in and is seen. Cancelled and missed (no-show) appointments free their time.
 */
public enum AppointmentStatus {
    REQUESTED,
    SCHEDULED,
    CONFIRMED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    /** Whether the appointment still occupies its time, as the database's overlap constraints see it. */
    public boolean holdsTime() {
        return this != CANCELLED && this != NO_SHOW;
    }

    /** Whether the appointment may still change time: not once the patient has arrived, nor after it ended. */
    public boolean canMove() {
        return this == REQUESTED || this == SCHEDULED || this == CONFIRMED;
    }

    public boolean canBecome(AppointmentStatus next) {
        return next(this).contains(next);
    }

    private static Set<AppointmentStatus> next(AppointmentStatus status) {
        return switch (status) {
            case REQUESTED -> EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(CONFIRMED, CHECKED_IN, CANCELLED, NO_SHOW);
            case CONFIRMED -> EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW);
            case CHECKED_IN -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED, NO_SHOW -> EnumSet.noneOf(AppointmentStatus.class);
        };
    }
}

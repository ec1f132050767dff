package app.sorriso.base;

import java.sql.SQLException;

/** Recognises the database's refusals that the app explains to people rather than reports as failures. */
public final class DatabaseRefusals {

    /** PostgreSQL's SQLState for an exclusion-constraint violation, which here means overlapping appointments. */
    public static final String EXCLUSION_VIOLATION = "23P01";

    private DatabaseRefusals() {}

    public static boolean isOverlap(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

package app.sorriso.base;

import java.sql.SQLException;

/** Recognises the database's refusals that the app explains to people rather than reports as failures. */
public final class DatabaseRefusals {

    /** PostgreSQL's SQLState for an exclusion-constraint violation, which here means overlapping appointments. */
    public static final String EXCLUSION_VIOLATION = "23P01";

    /** PostgreSQL's SQLState for a unique-index violation: a duplicate CPF, CRO or e-mail. */
    public static final String UNIQUE_VIOLATION = "23505";

    private DatabaseRefusals() {}

    public static boolean isOverlap(Throwable error) {
        return hasState(error, EXCLUSION_VIOLATION);
    }

    public static boolean isDuplicate(Throwable error) {
        return hasState(error, UNIQUE_VIOLATION);
    }

    private static boolean hasState(Throwable error, String sqlState) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

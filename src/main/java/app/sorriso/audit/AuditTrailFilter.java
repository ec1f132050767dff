package app.sorriso.audit;

import java.time.LocalDate;

/**
 * Which lines of the trail to show: the days from and to (either may be open), one kind of event or any (null), and
 * the acting account's e-mail containing a text (blank for anyone).
 */
public record AuditTrailFilter(LocalDate from, LocalDate to, AuditAction action, String actor) {

    public AuditTrailFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }
}

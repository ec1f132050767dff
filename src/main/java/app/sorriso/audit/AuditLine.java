package app.sorriso.audit;

import java.time.Instant;

/**
 * One line of the trail as the administrator reads it: with the patient's name, looked up when the line is read, so
 * the trail itself never copies personal data.
 *
 * @param actorEmail null for the system (demo data, start-up tasks)
 * @param patientId null for an event about no patient (a login)
 */
public record AuditLine(
        long id,
        Instant occurredAt,
        String actorEmail,
        AuditAction action,
        Long patientId,
        String patientName,
        String detail) {}

package app.sorriso.scheduling;

import java.time.Instant;

/**
 * One appointment as lists show it, with the patient and professional details they need already joined in, so
 * screens never reach into lazy associations outside a transaction.
 */
public record AgendaEntry(
        long id,
        Instant startsAt,
        Instant endsAt,
        AppointmentStatus status,
        String notes,
        Instant confirmationSentAt,
        long patientId,
        String patientName,
        String patientPhone,
        String patientAllergies,
        String patientConditions,
        String patientMedications,
        long professionalId,
        String professionalName,
        String professionalColor,
        long version) {

    public boolean patientHasHealthAlerts() {
        return patientAllergies != null || patientConditions != null || patientMedications != null;
    }

    /** Still to happen or happening: neither finished nor called off. */
    public boolean isOpen() {
        return status.holdsTime() && status != AppointmentStatus.COMPLETED;
    }
}

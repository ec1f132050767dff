package app.sorriso.reports;

import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentState;
import java.time.LocalDate;

/**
 * The filters a report may use; each report reads the ones it has, and null means "any".
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param appointmentStatus an appointment status name (the appointments report)
 * @param activePatients only active (true), only inactive (false) or all (null) patients
 */
public record ReportCriteria(
        LocalDate from,
        LocalDate to,
        Long professionalId,
        String appointmentStatus,
        PaymentState paymentState,
        PaymentMethod paymentMethod,
        Boolean activePatients) {

    public static ReportCriteria period(LocalDate from, LocalDate to) {
        return new ReportCriteria(from, to, null, null, null, null, null);
    }
}

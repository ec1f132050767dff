package app.sorriso.billing;

import java.time.LocalDate;

/**
 * What the desk narrows the payments list to. Every part is optional (null means any). The period is of due dates,
 * inclusive at both ends.
 */
public record PaymentFilter(LocalDate from, LocalDate to, PaymentState state, PaymentMethod method, Long patientId) {

    public static PaymentFilter all() {
        return new PaymentFilter(null, null, null, null, null);
    }

    public static PaymentFilter ofPatient(long patientId) {
        return new PaymentFilter(null, null, null, null, patientId);
    }
}

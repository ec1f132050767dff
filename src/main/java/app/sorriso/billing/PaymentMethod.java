package app.sorriso.billing;

/** How a patient pays; Brazilian clinics take all of these. */
public enum PaymentMethod {
    PIX,
    CREDIT_CARD,
    DEBIT_CARD,
    CASH,
    BOLETO,
    INSURANCE;

    public String messageKey() {
        return "payment.method." + name();
    }
}

package app.sorriso.billing.ui;

import app.sorriso.billing.PaymentService.NewInstalments;
import app.sorriso.patients.Patient;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the new-payment form edits: one payment, or a total to split into monthly instalments. */
public class PaymentDraft {

    private Patient patient;
    private String description;
    private BigDecimal amount;
    private LocalDate dueDate;
    private Integer instalments = 1;

    PaymentDraft(Patient patient, LocalDate dueDate) {
        this.patient = patient;
        this.dueDate = dueDate;
    }

    NewInstalments toRequest() {
        return new NewInstalments(
                patient == null ? null : patient.getId(),
                null,
                description,
                amount,
                instalments == null ? 1 : instalments,
                dueDate);
    }

    public Patient getPatient() {
        return patient;
    }

    public void setPatient(Patient patient) {
        this.patient = patient;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Integer getInstalments() {
        return instalments;
    }

    public void setInstalments(Integer instalments) {
        this.instalments = instalments;
    }
}

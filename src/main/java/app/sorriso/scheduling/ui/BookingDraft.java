package app.sorriso.scheduling.ui;

import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** What the desk fills in to book: the form's bean, turned into a booking request by the view. */
public class BookingDraft {

    @NotNull(message = "{booking.patient.required}")
    private Patient patient;

    @NotNull(message = "{booking.professional.required}")
    private Professional professional;

    @NotNull(message = "{booking.start.required}")
    private LocalDateTime startsAt;

    @NotNull
    private Integer minutes = 30;

    @Size(max = 2000)
    private String notes;

    public Patient getPatient() {
        return patient;
    }

    public void setPatient(Patient patient) {
        this.patient = patient;
    }

    public Professional getProfessional() {
        return professional;
    }

    public void setProfessional(Professional professional) {
        this.professional = professional;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}

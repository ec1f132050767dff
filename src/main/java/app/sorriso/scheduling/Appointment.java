package app.sorriso.scheduling;

import app.sorriso.base.AbstractEntity;
import app.sorriso.base.ClinicException;
import app.sorriso.patients.Patient;
import app.sorriso.professionals.Professional;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A patient's time with a professional. */
@Entity
@Table(name = "appointment")
public class Appointment extends AbstractEntity {

    public static final int NOTES_MAX = 2000;

    /** The longest an appointment may last, as the appointment_sane_length constraint says. */
    public static final java.time.Duration LONGEST = java.time.Duration.ofHours(12);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "professional_id")
    private Professional professional;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "booked_by")
    private Long bookedBy;

    @Column(name = "confirmation_sent_at")
    private Instant confirmationSentAt;

    protected Appointment() {}

    Appointment(
            Patient patient,
            Professional professional,
            Instant startsAt,
            Duration duration,
            AppointmentStatus status,
            String notes,
            Long bookedBy) {
        this.patient = patient;
        this.professional = professional;
        this.startsAt = startsAt;
        this.endsAt = startsAt.plus(duration);
        this.status = status;
        this.notes = notes;
        this.bookedBy = bookedBy;
    }

    /** A new time for the same patient and professional; the service has checked that the time is free. */
    void reschedule(Instant start, Instant end) {
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ClinicException.onField("startsAt", "appointment.length.invalid");
        }
        this.startsAt = start;
        this.endsAt = end;
    }

    void recordConfirmationSent(Instant when) {
        this.confirmationSentAt = when;
    }

    void moveTo(AppointmentStatus next, String reason) {
        if (!status.canBecome(next)) {
            throw new ClinicException("appointment.status.illegal", status, next);
        }
        this.status = next;
        if (next == AppointmentStatus.CANCELLED) {
            this.cancelReason = reason;
        }
    }

    public Patient getPatient() {
        return patient;
    }

    public Professional getProfessional() {
        return professional;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Long getBookedBy() {
        return bookedBy;
    }

    public Instant getConfirmationSentAt() {
        return confirmationSentAt;
    }
}

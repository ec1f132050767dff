package app.sorriso.portal;

import app.sorriso.audit.AuditAction;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentStatus;
import app.sorriso.patients.Patient;
import app.sorriso.patients.Sex;
import app.sorriso.scheduling.AppointmentStatus;
import app.sorriso.treatments.PlanOverview;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The export's {@code dados.json}: plain records with stable English field names, for another system to read. */
record ExportData(
        Instant exportedAt,
        Record patient,
        List<Appointment> appointments,
        List<PlanOverview> treatmentPlans,
        List<Payment> payments,
        List<File> files,
        List<Access> accessLog) {

    static ExportData of(ExportContents contents) {
        return new ExportData(
                contents.exportedAt(),
                Record.of(contents.patient()),
                contents.appointments().stream()
                        .map(entry -> new Appointment(
                                entry.startsAt(),
                                entry.endsAt(),
                                entry.status(),
                                entry.professionalName(),
                                entry.notes()))
                        .toList(),
                contents.plans(),
                contents.payments().stream()
                        .map(payment -> new Payment(
                                payment.description(),
                                payment.amount(),
                                payment.dueDate(),
                                payment.status(),
                                payment.paidAt(),
                                payment.method()))
                        .toList(),
                contents.files().stream()
                        .map(file -> new File(
                                file.getOriginalFilename(),
                                file.getContentType(),
                                file.getSizeBytes(),
                                file.getSha256(),
                                file.getUploadedAt()))
                        .toList(),
                contents.trail().stream()
                        .map(event -> new Access(
                                event.getOccurredAt(), event.getActorEmail(), event.getAction(), event.getDetail()))
                        .toList());
    }

    record Record(
            String fullName,
            String cpf,
            LocalDate birthDate,
            Sex sex,
            String phone,
            String email,
            String address,
            String emergencyContactName,
            String emergencyContactPhone,
            String allergies,
            String conditions,
            String medications,
            Instant consentAt,
            String consentVersion) {

        static Record of(Patient patient) {
            return new Record(
                    patient.getFullName(),
                    patient.getCpf(),
                    patient.getBirthDate(),
                    patient.getSex(),
                    patient.getPhone(),
                    patient.getEmail(),
                    patient.getAddress().asLine(),
                    patient.getEmergencyContactName(),
                    patient.getEmergencyContactPhone(),
                    patient.getAllergies(),
                    patient.getConditions(),
                    patient.getMedications(),
                    patient.getConsentAt(),
                    patient.getConsentVersion());
        }
    }

    record Appointment(Instant startsAt, Instant endsAt, AppointmentStatus status, String professional, String notes) {}

    record Payment(
            String description,
            BigDecimal amount,
            LocalDate dueDate,
            PaymentStatus status,
            Instant paidAt,
            PaymentMethod method) {}

    record File(String name, String type, long sizeBytes, String sha256, Instant uploadedAt) {}

    record Access(Instant at, String by, AuditAction action, String detail) {}
}

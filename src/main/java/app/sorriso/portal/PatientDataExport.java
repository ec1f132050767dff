package app.sorriso.portal;

import app.sorriso.audit.AuditAction;
import app.sorriso.audit.AuditService;
import app.sorriso.base.i18n.ClinicI18NProvider;
import app.sorriso.billing.PaymentService;
import app.sorriso.files.FileService;
import app.sorriso.files.StoredFile;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.scheduling.PatientAppointmentService;
import app.sorriso.treatments.TreatmentPlanService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the clinic holds about the logged-in patient, as one ZIP (LGPD): {@code dados.json} for another system,
 * {@code resumo.html} for a person, and the patient's files under {@code arquivos/}. It gathers only what the
 * services already return to this patient through their own doors, so it cannot hold anyone else's data. Each export
 * is written to the patient's audit trail.
 */
@Service
@PreAuthorize("hasRole('PATIENT')")
public class PatientDataExport {

    private static final int TRAIL_MAX = 1000;

    private final PatientAccountService patients;
    private final PatientAppointmentService appointments;
    private final TreatmentPlanService plans;
    private final PaymentService payments;
    private final FileService files;
    private final AuditService audit;
    private final ClinicI18NProvider i18n;
    private final JsonMapper json;
    private final Clock clock;

    PatientDataExport(
            PatientAccountService patients,
            PatientAppointmentService appointments,
            TreatmentPlanService plans,
            PaymentService payments,
            FileService files,
            AuditService audit,
            ClinicI18NProvider i18n,
            JsonMapper json,
            Clock clock) {
        this.patients = patients;
        this.appointments = appointments;
        this.plans = plans;
        this.payments = payments;
        this.files = files;
        this.audit = audit;
        this.i18n = i18n;
        this.json = json;
        this.clock = clock;
    }

    /** The name the ZIP is saved under. */
    public String fileName() {
        return "meus-dados-" + LocalDate.now(clock) + ".zip";
    }

    /** Writes the ZIP, its summary in the given language. */
    public void write(Locale locale, OutputStream out) throws IOException {
        Patient patient = patients.own();
        audit.record(AuditAction.DATA_EXPORTED, patient.getId(), null);
        ExportContents contents = new ExportContents(
                clock.instant(),
                patient,
                appointments.mine(),
                plans.ownPlans(),
                payments.ofCurrentPatient(),
                files.ofPatient(patient.getId()),
                audit.ownTrail(TRAIL_MAX));
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("dados.json"));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(ExportData.of(contents)));
        zip.putNextEntry(new ZipEntry("resumo.html"));
        zip.write(new ExportSummary(i18n, locale, clock.getZone()).of(contents).getBytes(StandardCharsets.UTF_8));
        for (StoredFile file : contents.files()) {
            zip.putNextEntry(new ZipEntry("arquivos/" + file.getId() + "-" + file.getOriginalFilename()));
            try (InputStream content = files.open(file.getId()).content().getInputStream()) {
                content.transferTo(zip);
            }
        }
        zip.finish();
    }
}

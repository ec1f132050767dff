package app.sorriso.portal;

import app.sorriso.audit.AuditEvent;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.files.StoredFile;
import app.sorriso.patients.Patient;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.treatments.PlanOverview;
import java.time.Instant;
import java.util.List;

/** What a patient's data export holds, gathered through the patient's own service doors. */
record ExportContents(
        Instant exportedAt,
        Patient patient,
        List<AgendaEntry> appointments,
        List<PlanOverview> plans,
        List<PaymentEntry> payments,
        List<StoredFile> files,
        List<AuditEvent> trail) {}

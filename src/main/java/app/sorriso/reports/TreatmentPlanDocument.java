package app.sorriso.reports;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ClinicFormats;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import app.sorriso.reports.ReportLayout.Column;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanProgress;
import app.sorriso.treatments.Surface;
import app.sorriso.treatments.TreatmentPlanService;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A treatment plan on paper, to hand to the patient and sign: the clinic's header, whose plan and by which dentist
 * (with their CRO), every step with its tooth, surfaces, date and cost, the total, and signature lines for the patient
 * and the dentist. The staff who read plans print them.
 */
@Service
@Transactional(readOnly = true)
public class TreatmentPlanDocument {

    private static final ReportLayout STEPS = ReportLayout.table(
            "treatment-plan",
            false,
            Column.text(24),
            Column.text(190),
            Column.text(72),
            Column.text(66),
            Column.text(118),
            Column.number(85));

    private final TreatmentPlanService plans;
    private final PatientService patients;
    private final PdfReports pdf;
    private final I18NProvider i18n;
    private final ZoneId zone;

    TreatmentPlanDocument(
            TreatmentPlanService plans, PatientService patients, PdfReports pdf, I18NProvider i18n, Clock clock) {
        this.plans = plans;
        this.patients = patients;
        this.pdf = pdf;
        this.i18n = i18n;
        this.zone = clock.getZone();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'RECEPTION', 'DENTIST')")
    public void write(long planId, Locale locale, OutputStream out) {
        PlanOverview plan = plans.find(planId).orElseThrow(() -> new ClinicException("plan.not-found"));
        Patient patient = patients.findById(plan.patientId()).orElseThrow();
        PlanProgress progress = plan.progress();

        Map<String, Object> parameters = new HashMap<>();
        List<String> headers = List.of(
                "report.plan.column.number",
                "report.plan.column.procedure",
                "report.plan.column.tooth",
                "report.plan.column.planned",
                "report.plan.column.status",
                "report.plan.column.cost");
        for (int i = 0; i < headers.size(); i++) {
            parameters.put("H" + i, text(locale, headers.get(i)));
        }
        parameters.put(TreatmentPlanDesign.DESCRIPTION, plan.description());
        parameters.put(
                TreatmentPlanDesign.TOTAL,
                text(locale, "report.plan.total", ClinicFormats.money(progress.costTotal())));
        parameters.put(
                TreatmentPlanDesign.PROGRESS,
                text(
                        locale,
                        "report.plan.progress",
                        progress.stepsDone(),
                        progress.stepsTotal(),
                        ClinicFormats.money(progress.costDone()),
                        ClinicFormats.money(progress.costOpen())));
        parameters.put(TreatmentPlanDesign.PATIENT, plan.patientName());
        parameters.put(
                TreatmentPlanDesign.PATIENT_LINE,
                text(locale, "report.plan.sign.patient", Cpf.format(patient.getCpf())));
        parameters.put(TreatmentPlanDesign.DENTIST, plan.professionalName());
        parameters.put(
                TreatmentPlanDesign.DENTIST_LINE, text(locale, "report.plan.sign.dentist", plan.professionalCro()));
        parameters.put(TreatmentPlanDesign.PLACE_AND_DATE, text(locale, "report.plan.sign.date"));

        List<List<String>> rows =
                plan.steps().stream().map(step -> row(locale, step)).toList();
        pdf.render(
                STEPS.name(),
                () -> TreatmentPlanDesign.of(STEPS),
                text(locale, "report.plan.title", plan.name()),
                filters(locale, plan),
                "",
                parameters,
                new RowSource(rows.iterator()),
                locale,
                out);
    }

    /** The PDF's file name: the plan and the patient, without characters a file system might refuse. */
    public String fileName(long planId) {
        return plans.find(planId)
                        .map(plan ->
                                "plano-" + planId + "-" + plan.patientName().replaceAll("[^\\p{L}\\p{N}]+", "-"))
                        .orElse("plano-" + planId)
                + ".pdf";
    }

    private String filters(Locale locale, PlanOverview plan) {
        return text(
                locale,
                "report.plan.header",
                plan.patientName(),
                plan.professionalName(),
                plan.professionalCro(),
                text(locale, plan.status().messageKey()));
    }

    private List<String> row(Locale locale, PlanOverview.Step step) {
        String tooth = step.tooth() == null
                ? ""
                : step.surfaces().isEmpty()
                        ? String.valueOf(step.tooth())
                        : step.tooth() + " · " + Surface.join(step.surfaces());
        String state = step.done()
                ? text(locale, "report.plan.done-on", day(step.doneAt()))
                : text(locale, "report.plan.open");
        String description = step.notes() == null ? step.description() : step.description() + "\n" + step.notes();
        return List.of(
                String.valueOf(step.position() + 1),
                description,
                tooth,
                step.plannedDate() == null ? "" : ClinicFormats.date(step.plannedDate()),
                state,
                ClinicFormats.money(step.cost()));
    }

    private String day(Instant instant) {
        return ClinicFormats.DATE.format(instant.atZone(zone));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}

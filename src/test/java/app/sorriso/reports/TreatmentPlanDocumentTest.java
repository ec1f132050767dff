package app.sorriso.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import app.sorriso.security.SystemTask;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.TestPlans;
import app.sorriso.treatments.TreatmentStepService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The printed plan reads right: accents, reais, teeth, the total and the signature lines. */
@ClinicIntegrationTest
class TreatmentPlanDocumentTest {

    private static final Locale PT = Locale.forLanguageTag("pt-BR");

    @Autowired
    TreatmentPlanDocument document;

    @Autowired
    TestPlans testPlans;

    @Autowired
    TreatmentStepService steps;

    @Autowired
    PatientService patients;

    private PlanOverview planOfConceicao() {
        String cpf = Cpf.random(ThreadLocalRandom.current());
        long patientId = SystemTask.run(
                () -> patients.register(new Patient("Conceição Araújo Güell", cpf, LocalDate.of(1980, 2, 2)))
                        .getId());
        PlanOverview plan =
                testPlans.forPatient(patientId, testPlans.professionalOf("dentista@sorriso.demo"), PlanStatus.APPROVED);
        SystemTask.run(() -> steps.recordDone(
                plan.steps().getFirst().id(),
                null,
                ZonedDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneId.of("America/Sao_Paulo"))
                        .toInstant()));
        return plan;
    }

    private String text(long planId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(planId, PT, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_plan_prints_with_accents_teeth_reais_total_and_signature_lines() throws IOException {
        PlanOverview plan = planOfConceicao();

        String text = text(plan.id());

        assertThat(text)
                .contains("Sorriso Odontologia")
                .contains("Plano de tratamento · Plano de teste")
                .contains("Paciente: Conceição Araújo Güell")
                .contains("Dra. Helena Martins (CRO-SP 84213)")
                .contains("Situação: Em andamento")
                .contains("Restauração")
                .contains("16 · MO")
                .contains("46")
                .contains("R$ 100,10")
                .contains("R$ 200,20")
                .contains("Feito em 20/11/2026")
                .contains("A fazer")
                .contains("Total do plano: R$ 300,60")
                .contains("1 de 3 etapas feitas · realizado R$ 100,10 · a realizar R$ 200,50")
                .contains("Paciente · CPF")
                .contains("Dentista responsável · CRO-SP 84213")
                .contains("Página 1 de 1");
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_print_the_staffs_copy_of_a_plan() {
        PlanOverview plan = testPlans.of("dentista@sorriso.demo", PlanStatus.PROPOSED);

        assertThatThrownBy(() -> document.write(plan.id(), PT, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}

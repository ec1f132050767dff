package app.sorriso.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentService.NewPayment;
import app.sorriso.files.FileService;
import app.sorriso.files.FileService.NewFile;
import app.sorriso.patients.Patient;
import app.sorriso.security.SystemTask;
import app.sorriso.security.UserAccountService;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.StepContent;
import app.sorriso.treatments.TreatmentPlanService;
import app.sorriso.treatments.TreatmentPlanService.NewPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A patient reads their own plans and payments and takes a copy of their data; never anyone else's. */
@ClinicIntegrationTest
class PatientOwnDataTest {

    @Autowired
    TreatmentPlanService plans;

    @Autowired
    PaymentService payments;

    @Autowired
    FileService files;

    @Autowired
    PatientDataExport export;

    @Autowired
    UserAccountService accounts;

    @Autowired
    TestClinic clinic;

    private Patient mine;
    private Patient theirs;
    private String login;

    @BeforeEach
    void setUp() {
        mine = clinic.newPatientWithLogin();
        theirs = clinic.newPatientWithLogin();
        login = accounts.findById(mine.getUserAccountId()).orElseThrow().getEmail();
        planAndPayment(mine, "Plano da paciente");
        planAndPayment(theirs, "Plano de outra pessoa");
        SystemTask.run(() -> files.store(
                new NewFile(mine.getId(), null, "minha radiografia.pdf", null, new ByteArrayInputStream(pdf()))));
    }

    private void planAndPayment(Patient patient, String name) {
        long dentist = clinic.newProfessional().getId();
        SystemTask.run(() -> {
            var plan = plans.create(new NewPlan(
                    patient.getId(),
                    dentist,
                    name,
                    null,
                    PlanStatus.IN_PROGRESS,
                    List.of(StepContent.of("Restauração", 16, null, new BigDecimal("180.00")))));
            plans.create(
                    new NewPlan(patient.getId(), dentist, name + " (rascunho)", null, PlanStatus.DRAFT, List.of()));
            payments.register(new NewPayment(
                    patient.getId(),
                    plan.getId(),
                    name + " - parcela 1/1",
                    new BigDecimal("180.00"),
                    LocalDate.now().plusDays(10),
                    1,
                    1));
        });
    }

    @Test
    void a_patient_reads_only_their_own_proposed_or_later_plans_and_their_own_payments() {
        List<PlanOverview> ownPlans = clinic.as(login, () -> plans.ownPlans());
        List<PaymentEntry> ownPayments = clinic.as(login, () -> payments.ofCurrentPatient());

        assertThat(ownPlans).extracting(PlanOverview::name).containsExactly("Plano da paciente");
        assertThat(ownPlans.getFirst().steps()).hasSize(1);
        assertThat(ownPayments)
                .extracting(PaymentEntry::description)
                .containsExactly("Plano da paciente - parcela 1/1");
    }

    @Test
    void staff_cannot_use_the_patients_own_doors() {
        assertThatThrownBy(() -> clinic.as("recepcao@sorriso.demo", () -> plans.ownPlans()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinic.as("recepcao@sorriso.demo", () -> payments.ofCurrentPatient()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_copy_of_my_data_holds_a_summary_the_data_and_my_files_and_nothing_of_anyone_else() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        clinic.as(login, () -> {
            try {
                export.write(Locale.forLanguageTag("pt-BR"), zip);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Map<String, String> entries = unzip(zip.toByteArray());
        assertThat(entries).containsKeys("dados.json", "resumo.html");
        assertThat(entries.keySet())
                .anyMatch(name -> name.startsWith("arquivos/") && name.endsWith("minha radiografia.pdf"));
        assertThat(entries.get("dados.json")).contains(mine.getCpf(), "Plano da paciente", "\"consentVersion\"");
        assertThat(entries.get("resumo.html")).contains(mine.getFullName(), "Plano da paciente");
        String everything = String.join("\n", entries.values());
        assertThat(everything).doesNotContain(theirs.getFullName(), theirs.getCpf(), "Plano de outra pessoa");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }
}

package app.sorriso.files;

import static app.sorriso.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.files.FileService.NewFile;
import app.sorriso.patients.Patient;
import app.sorriso.security.SystemTask;
import app.sorriso.security.UserAccountService;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.StepContent;
import app.sorriso.treatments.TreatmentPlan;
import app.sorriso.treatments.TreatmentPlanService;
import app.sorriso.treatments.TreatmentPlanService.NewPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** The file store: types from the bytes, the size limit, thumbnails, and who may see whose files. */
@ClinicIntegrationTest
class FileServiceTest {

    @Autowired
    FileService files;

    @Autowired
    FilesProperties properties;

    @Autowired
    UserAccountService accounts;

    @Autowired
    TreatmentPlanService plans;

    @Autowired
    TestClinic clinic;

    private Patient patient;
    private String login;

    @BeforeEach
    void setUp() {
        patient = clinic.newPatientWithLogin();
        login = accounts.findById(patient.getUserAccountId()).orElseThrow().getEmail();
    }

    private StoredFile upload(Patient owner, String name, byte[] content) {
        return files.store(new NewFile(owner.getId(), null, name, null, new ByteArrayInputStream(content)));
    }

    private StoredFile uploadAsPatient(String name, byte[] content) {
        return clinic.as(login, () -> upload(patient, name, content));
    }

    @Test
    void a_png_sent_under_a_pdf_name_is_kept_as_the_png_it_is_with_a_thumbnail() throws Exception {
        byte[] png = TestFiles.png(1200, 900);

        StoredFile stored = uploadAsPatient("radiografia.pdf", png);

        assertThat(stored.getType()).isEqualTo(FileType.PNG);
        assertThat(stored.getOriginalFilename()).isEqualTo("radiografia.pdf.png");
        assertThat(stored.getSizeBytes()).isEqualTo(png.length);
        assertThat(stored.getSha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
        assertThat(stored.getUploadedBy()).isEqualTo(patient.getUserAccountId());
        assertThat(stored.hasThumbnail()).isTrue();
        try (InputStream thumbnail = clinic.as(login, () -> files.thumbnail(stored.getId()))
                .orElseThrow()
                .content()
                .getInputStream()) {
            assertThat(javax.imageio.ImageIO.read(thumbnail).getWidth()).isEqualTo(Thumbnail.SIZE);
        }
    }

    @Test
    void a_pdf_and_a_jpeg_are_accepted_and_only_the_image_gets_a_thumbnail() {
        StoredFile pdf = uploadAsPatient("exame de sangue.pdf", TestFiles.pdf());
        StoredFile jpeg = uploadAsPatient("C:\\fakepath\\foto.jpeg", TestFiles.jpeg(640, 480));

        assertThat(pdf.getType()).isEqualTo(FileType.PDF);
        assertThat(pdf.hasThumbnail()).isFalse();
        assertThat(jpeg.getType()).isEqualTo(FileType.JPEG);
        assertThat(jpeg.getOriginalFilename()).isEqualTo("foto.jpeg");
        assertThat(jpeg.hasThumbnail()).isTrue();
    }

    @Test
    void a_program_renamed_to_pdf_or_jpg_is_refused_and_leaves_nothing_behind() throws IOException {
        long before = countStoredFiles();

        assertRefused(() -> uploadAsPatient("exame.pdf", TestFiles.windowsProgram()), "files.type-refused");
        assertRefused(() -> uploadAsPatient("foto.jpg", TestFiles.windowsProgram()), "files.type-refused");
        assertRefused(
                () -> uploadAsPatient("pagina.pdf", "<html><script>alert(1)</script></html>".getBytes()),
                "files.type-refused");

        assertThat(countStoredFiles()).isEqualTo(before);
        assertThat(clinic.as(login, () -> files.ofPatient(patient.getId()))).isEmpty();
    }

    @Test
    void a_file_over_the_limit_is_cut_off_while_it_arrives_and_refused() throws IOException {
        long limit = properties.maxSize().toBytes();
        long before = countStoredFiles();

        assertRefused(
                () -> clinic.as(
                        login,
                        () -> files.store(
                                new NewFile(patient.getId(), null, "enorme.png", null, TestFiles.zeros(limit + 1)))),
                "files.too-large");
        assertRefused(() -> uploadAsPatient("vazio.pdf", new byte[0]), "files.empty");

        assertThat(countStoredFiles()).isEqualTo(before);
    }

    @Test
    void a_patient_reaches_only_their_own_files_whatever_id_they_try() {
        Patient other = clinic.newPatientWithLogin();
        StoredFile theirs = SystemTask.run(() -> upload(other, "panoramica.png", TestFiles.png(300, 200)));
        StoredFile mine = uploadAsPatient("minha.png", TestFiles.png(300, 200));

        assertRefused(() -> clinic.as(login, () -> files.find(theirs.getId())), "files.not-found");
        assertRefused(() -> clinic.as(login, () -> files.open(theirs.getId())), "files.not-found");
        assertRefused(() -> clinic.as(login, () -> files.thumbnail(theirs.getId())), "files.not-found");
        assertRefused(() -> clinic.as(login, () -> files.ofPatient(other.getId())), "files.not-found");
        assertRefused(
                () -> clinic.as(login, () -> upload(other, "intruso.png", TestFiles.png(10, 10))), "files.not-found");
        assertThat(clinic.as(login, () -> files.ofPatient(patient.getId())))
                .extracting(StoredFile::getId)
                .containsExactly(mine.getId());
    }

    @Test
    void staff_reach_every_patients_files() {
        StoredFile mine = uploadAsPatient("minha.png", TestFiles.png(300, 200));

        List<StoredFile> seenByDentist = clinic.as("dentista@sorriso.demo", () -> files.ofPatient(patient.getId()));
        FileService.Download opened = clinic.as("recepcao@sorriso.demo", () -> files.open(mine.getId()));

        assertThat(seenByDentist).extracting(StoredFile::getId).containsExactly(mine.getId());
        assertThat(opened.content().exists()).isTrue();
    }

    @Test
    void the_database_refuses_a_file_on_a_step_of_another_patients_plan() {
        Patient other = clinic.newPatient();
        TreatmentPlan plan = SystemTask.run(() -> plans.create(new NewPlan(
                other.getId(),
                clinic.newProfessional().getId(),
                "Plano",
                null,
                PlanStatus.PROPOSED,
                List.of(StepContent.of("Restauração", 16, null, BigDecimal.TEN)))));
        long stepId = plan.getSteps().getFirst().getId();

        StoredFile attached = SystemTask.run(() -> files.store(new NewFile(
                other.getId(), stepId, "antes.png", null, new ByteArrayInputStream(TestFiles.png(50, 50)))));
        assertThat(SystemTask.run(() -> files.ofStep(stepId))).containsExactly(attached);
        assertThatThrownBy(() -> SystemTask.run(() -> files.store(new NewFile(
                        patient.getId(), stepId, "errado.png", null, new ByteArrayInputStream(TestFiles.png(50, 50))))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long countStoredFiles() throws IOException {
        Path directory = properties.directory();
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> stored = Files.walk(directory)) {
            return stored.filter(Files::isRegularFile).count();
        }
    }
}

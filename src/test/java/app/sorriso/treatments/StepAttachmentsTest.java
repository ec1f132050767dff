package app.sorriso.treatments;

import static app.sorriso.treatments.TreatmentPlanServiceTest.DENTIST;
import static app.sorriso.treatments.TreatmentPlanServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.files.FileService;
import app.sorriso.files.FileService.NewFile;
import app.sorriso.files.StoredFile;
import app.sorriso.patients.Patient;
import app.sorriso.security.UserAccountService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A step's photos and X-rays: kept with the step, seen by its patient and the staff, by no other patient. */
@ClinicIntegrationTest
class StepAttachmentsTest {

    @Autowired
    FileService files;

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestClinic clinic;

    @Autowired
    UserAccountService accounts;

    private Patient owner;
    private String ownerLogin;
    private PlanOverview.Step step;
    private StoredFile xray;

    @BeforeEach
    void aStepWithAnXray() throws IOException {
        owner = clinic.newPatientWithLogin();
        ownerLogin = accounts.findById(owner.getUserAccountId()).orElseThrow().getEmail();
        PlanOverview plan =
                testPlans.forPatient(owner.getId(), testPlans.professionalOf(DENTIST), PlanStatus.IN_PROGRESS);
        step = plan.steps().getFirst();
        ByteArrayInputStream content = png();
        xray = clinic.as(
                DENTIST, () -> files.store(new NewFile(owner.getId(), step.id(), "periapical 16.png", null, content)));
    }

    private static ByteArrayInputStream png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Test
    void the_file_is_kept_with_its_step_and_the_staff_sees_it() {
        assertThat(xray.getTreatmentStepId()).isEqualTo(step.id());
        assertThat(clinic.as("recepcao@sorriso.demo", () -> files.ofStep(step.id())))
                .extracting(StoredFile::getId)
                .containsExactly(xray.getId());
    }

    @Test
    void the_plans_patient_opens_it() {
        assertThat(clinic.as(ownerLogin, () -> files.find(xray.getId())).getOriginalFilename())
                .isEqualTo("periapical 16.png");
    }

    @Test
    void another_patient_is_told_it_does_not_exist() {
        assertRefused(() -> clinic.as("paciente@sorriso.demo", () -> files.find(xray.getId())), "files.not-found");
        assertRefused(() -> clinic.as("paciente@sorriso.demo", () -> files.open(xray.getId())), "files.not-found");
        assertRefused(() -> clinic.as("paciente@sorriso.demo", () -> files.ofStep(step.id())), "files.not-found");
    }
}

package app.sorriso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new patient's first visit to the app: signs up, asks for an appointment, sends an exam from the phone; then the
 * desk approves the request and the patient finds the appointment booked.
 */
class PatientJourney extends BrowserJourney {

    @ParameterizedTest
    @EnumSource(names = {"DESKTOP", "PHONE"})
    void a_new_patient_signs_up_asks_for_an_appointment_sends_an_exam_and_the_desk_approves_it(Size size)
            throws IOException {
        NewPatient patient = NewPatient.create("Beatriz");
        Page page = open(size);
        signUp(page, patient, size, "journey-signup");
        login(page, patient.email(), patient.password());
        assertThat(page.locator(".patient-greeting h1").innerText()).contains(patient.firstName());
        look(page, "journey-patient-home", size);

        String requested = requestAppointment(page, size);
        sendExam(page, size);
        approveAtTheDesk(size, patient, requested);

        Page again = open(size);
        login(again, patient.email(), patient.password());
        Locator next = again.locator(".next-appointment");
        assertThat(next.locator(".appointment-status").innerText()).isEqualTo("Agendada");
        assertThat(requested).endsWith(next.locator(".next-time").innerText());
        assertThat(again.locator(".pending-card").count()).isZero();
        look(again, "journey-patient-scheduled", size);
    }

    /** From the home's "book" button to a pending request; returns its day and time as the home shows them. */
    private String requestAppointment(Page page, Size size) {
        button(page, "Agendar").first().click();
        page.waitForURL("**/me/book");
        page.locator("vaadin-button.slot-day:not([disabled])").first().click();
        Locator time = page.locator("vaadin-button.slot-chip").first();
        String hour = time.innerText().strip();
        look(page, "journey-request", size);

        time.click();
        page.getByLabel("O que você precisa? (opcional)").fill("Avaliação e limpeza");
        look(page, "journey-request-confirm", size);
        button(page, "Pedir este horário").click();
        assertThat(toast(page, "Pedido enviado")).contains(hour);

        page.waitForURL("**/me");
        Locator pending = page.locator(".pending-card");
        assertThat(pending.locator("h2").innerText()).isEqualTo("1 pedido aguardando a clínica");
        String when = pending.locator(".pending-when").innerText();
        assertThat(when).endsWith(hour);
        look(page, "journey-patient-pending", size);
        return when;
    }

    private void sendExam(Page page, Size size) throws IOException {
        button(page, "Enviar exame").click();
        page.waitForURL("**/me/exams");
        String name = "radiografia-" + size.suffix() + ".png";
        FileChooser chooser = page.waitForFileChooser(
                () -> button(page, "Enviar foto ou arquivo").first().click());
        chooser.setFiles(new FilePayload(name, "image/png", png()));
        assertThat(toast(page, name)).contains("enviado");

        Locator exam = page.locator(".file-tile").filter(new Locator.FilterOptions().setHasText(name));
        exam.waitFor();
        exam.locator("img.file-thumbnail").waitFor();
        look(page, "journey-exams", size);
    }

    /** The desk finds the request among the patients' pending ones and approves it: it is booked. */
    private void approveAtTheDesk(Size size, NewPatient patient, String requested) {
        Page desk = open(size);
        login(desk, "recepcao@sorriso.demo");
        go(desk, "/today");
        Locator requests = desk.locator("vaadin-details.pending-requests");
        if (requests.getAttribute("opened") == null) {
            requests.locator("vaadin-details-summary").click();
        }
        Locator request =
                desk.locator(".pending-row").filter(new Locator.FilterOptions().setHasText(patient.fullName()));
        assertThat(request.locator(".pending-when").innerText()).isEqualTo(requested);
        request.scrollIntoViewIfNeeded();
        look(desk, "journey-desk-requests", size);

        button(request, "Aprovar").click();
        assertThat(toast(desk, patient.fullName())).contains("Agendada");
        request.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** A small "X-ray" drawn here, so the journey ships no image file. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(24, 26, 28));
        graphics.fillRect(0, 0, 320, 160);
        graphics.setColor(new Color(220, 220, 214));
        for (int tooth = 0; tooth < 8; tooth++) {
            graphics.fillRoundRect(24 + tooth * 36, 50, 26, 60, 10, 10);
        }
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

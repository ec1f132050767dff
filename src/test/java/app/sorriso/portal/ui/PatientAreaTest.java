package app.sorriso.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.TestClinic;
import app.sorriso.base.BrazilianState;
import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.NotFoundView;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentService.NewInstalments;
import app.sorriso.files.ui.FileGallery;
import app.sorriso.files.ui.FileUploader;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.patients.PatientService;
import app.sorriso.patients.SignUp;
import app.sorriso.patients.ui.PatientView;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.Specialty;
import app.sorriso.professionals.WorkingPeriod;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AppointmentService;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import app.sorriso.scheduling.AppointmentStatus;
import app.sorriso.scheduling.PatientAppointmentService;
import app.sorriso.security.SystemTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadTester;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The patient's area in the browser's place: each screen opens for a patient and for nobody else, and a request goes
 * from the calendar to the home screen. The patient and a dentist who works every day are made once for the class.
 */
class PatientAreaTest extends BrowserlessClinicTest {

    private static final String PATIENT = "area.do.paciente@teste.sorriso";
    private static final String DENTIST_NAME = "Dra. Agenda Diaria";
    private static final String CPF = Cpf.random(new Random(42));

    private static long dentistId;

    @Autowired
    PatientAppointmentService appointments;

    @Autowired
    AppointmentService booking;

    @Autowired
    PatientService patients;

    @Autowired
    TestClinic clinic;

    @Autowired
    Clock clock;

    @Autowired
    PaymentService payments;

    @BeforeAll
    static void createPatientAndDentist(
            @Autowired PatientAccountService signUps,
            @Autowired ProfessionalService professionals,
            @Autowired PatientService patients) {
        SignUp form = new SignUp();
        form.setFullName("Paulo Área do Paciente");
        form.setEmail(PATIENT);
        form.setCpf(CPF);
        form.setPhone("(11) 98888-7777");
        form.setBirthDate(LocalDate.of(1980, 1, 2));
        form.setPassword("uma senha de teste");
        form.setConsent(true);
        if (patients.findByCpf(form.getCpf()).isEmpty()) {
            signUps.signUp(form);
        }
        Professional dentist = SystemTask.run(() -> professionals.register(
                new Professional(DENTIST_NAME, BrazilianState.PR, "654321", Specialty.SPORTS_DENTISTRY, "#225588")));
        List<WorkingPeriod> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> new WorkingPeriod(day, LocalTime.of(6, 0), LocalTime.of(22, 0)))
                .toList();
        SystemTask.run(() -> professionals.replaceWorkingHours(dentist.getId(), everyDay));
        dentistId = dentist.getId();
    }

    @Test
    @WithUserDetails(PATIENT)
    void the_home_counts_an_overdue_instalment_as_late_and_names_the_next_due_date_still_ahead() {
        LocalDate today = LocalDate.now(clock);
        long own = patients.findByCpf(CPF).orElseThrow().getId();
        SystemTask.run(() -> payments.registerInstalments(new NewInstalments(
                own, null, "Limpeza em duas vezes", new BigDecimal("300.00"), 2, today.minusMonths(1))));

        // the patient already landed on the home at login: leave it, so that it is built again with the payments
        navigate(MyHistoryView.class);
        navigate(PatientHomeView.class);

        List<String> details = find(Span.class).withClassName("summary-detail").all().stream()
                .map(Span::getText)
                .toList();
        assertThat(details)
                .anyMatch(text -> text.contains(ClinicFormats.date(today)))
                .noneMatch(text -> text.contains(ClinicFormats.date(today.minusMonths(1))));
        assertThat(find(Span.class).withClassName("negative").all())
                .extracting(Span::getText)
                .contains("1 parcela atrasada");
    }

    @Test
    @WithUserDetails(PATIENT)
    void every_screen_of_the_area_opens_for_the_patient() {
        assertThat(navigate(PatientHomeView.class)).isNotNull();
        assertThat(find(H1.class).first().getText()).contains("Paulo!");
        assertThat(navigate(MyHistoryView.class)).isNotNull();
        assertThat(navigate(MyExamsView.class)).isNotNull();
        assertThat(find(FileGallery.class).exists()).isTrue();
        assertThat(navigate(MyProfileView.class)).isNotNull();
        assertThat(navigate(MyDataView.class)).isNotNull();
        assertThat(navigate(RequestAppointmentView.class)).isNotNull();
    }

    @Test
    @WithUserDetails(PATIENT)
    void a_patient_cannot_open_the_staffs_patient_page_even_with_their_own_id() {
        long own = patients.findByCpf(CPF).orElseThrow().getId();

        try {
            navigate("patients/" + own, PatientView.class);
            test(find(TabSheet.class).single()).select("Arquivos");
        } catch (IllegalArgumentException refused) {
            // the navigation ends elsewhere
        }

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void staff_are_refused_the_patients_area() {
        assertThat(refused(PatientHomeView.class)).isTrue();
        assertThat(refused(RequestAppointmentView.class)).isTrue();
        assertThat(refused(MyExamsView.class)).isTrue();
        assertThat(refused(MyDataView.class)).isTrue();
    }

    @Test
    @WithUserDetails(PATIENT)
    void a_request_made_on_the_calendar_shows_as_pending_on_the_home_and_a_taken_time_is_refused_kindly() {
        navigate(RequestAppointmentView.class);
        test(find(RadioButtonGroup.class).single()).selectItem("Por profissional");
        Select<?> professional = find(Select.class).withLabel("Profissional").single();
        test(professional).selectItem(DENTIST_NAME + " · Odontologia do Esporte");

        List<Button> days = find(Button.class)
                .withClassName("slot-day")
                .withCondition(Button::isEnabled)
                .all();
        assertThat(days).isNotEmpty();
        test(days.getLast()).click();
        List<Button> times = find(Button.class).withClassName("slot-chip").all();
        assertThat(times).hasSizeGreaterThan(1);

        // someone else takes the first time while the patient looks at it
        Button first = times.getFirst();
        LocalDate day = lastDayOffered();
        Instant taken = ZonedDateTime.of(day, LocalTime.parse(first.getText()), clock.getZone())
                .toInstant();
        long someoneElse = clinic.newPatient().getId();
        SystemTask.run(() -> booking.book(new NewAppointment(
                someoneElse, dentistId, taken, Duration.ofMinutes(30), AppointmentStatus.SCHEDULED, null, null)));
        test(first).click();
        test(find(Button.class).withText("Pedir este horário").single()).click();

        assertThat(getCurrentView()).isInstanceOf(RequestAppointmentView.class);
        assertThat(find(Button.class)
                        .withClassName("slot-chip")
                        .withText(first.getText())
                        .exists())
                .isFalse();

        Button second = find(Button.class).withClassName("slot-chip").first();
        String secondTime = second.getText();
        test(second).click();
        test(find(Button.class).withText("Pedir este horário").single()).click();

        assertThat(getCurrentView()).isInstanceOf(PatientHomeView.class);
        List<AgendaEntry> mine = appointments.mine();
        assertThat(mine).anySatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(AppointmentStatus.REQUESTED);
            assertThat(entry.startsAt().atZone(clock.getZone()).toLocalTime()).isEqualTo(LocalTime.parse(secondTime));
        });
        assertThat(find(Button.class).withText("Cancelar pedido").exists()).isTrue();
    }

    private LocalDate lastDayOffered() {
        return find(Button.class)
                .withClassName("slot-day")
                .withClassName("picked")
                .single()
                .getAriaLabel()
                .map(label -> LocalDate.parse(label.substring(0, 10), ClinicFormats.DATE))
                .orElseThrow();
    }

    @Test
    @WithUserDetails(PATIENT)
    void an_exam_sent_from_the_exams_screen_joins_the_gallery_and_a_program_does_not() {
        navigate(MyExamsView.class);
        int before = find(Div.class).withClassName("file-tile").all().size();
        UploadTester<?> upload = test(find(Upload.class).single());

        upload.upload("radiografia.jpg", "image/jpeg", png());
        upload.upload("exame.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0, 0, 0, 0, 0});

        List<Div> tiles = find(Div.class).withClassName("file-tile").all();
        assertThat(tiles).hasSize(before + 1);
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void the_staffs_patient_page_has_the_files_tab_with_an_uploader() {
        long own = patients.findByCpf(CPF).orElseThrow().getId();

        navigate("patients/" + own, PatientView.class);
        test(find(TabSheet.class).single()).select("Arquivos");

        assertThat(find(FileUploader.class).exists()).isTrue();
        assertThat(find(FileGallery.class).exists()).isTrue();
    }

    private static byte[] png() {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

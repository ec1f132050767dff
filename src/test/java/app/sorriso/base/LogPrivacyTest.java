package app.sorriso.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestAddresses;
import app.sorriso.TestClinic;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.patients.PatientService;
import app.sorriso.patients.SignUp;
import app.sorriso.professionals.Professional;
import app.sorriso.scheduling.AppointmentService;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import app.sorriso.scheduling.AppointmentStatus;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Health data and CPFs never reach the log (LGPD): a patient registered with a CPF and an allergy, refused duplicates,
 * a booking, searches and failed logins that carry the CPF, and nothing of it in what the app writes out.
 */
@ClinicIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {

    private static final String ALLERGY = "Alergia grave a penicilina e a látex";

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestClinic clinic;

    @Autowired
    PatientService patients;

    @Autowired
    PatientAccountService patientAccounts;

    @Autowired
    AppointmentService appointments;

    @Test
    void no_log_line_carries_a_cpf_or_a_health_alert(CapturedOutput output) throws Exception {
        String cpf = clinic.unusedCpf();
        Professional dentist = clinic.newProfessional();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();

        Patient registered = clinic.as("recepcao@sorriso.demo", () -> {
            Patient patient = new Patient("Paciente Sigilosa", cpf, LocalDate.of(1970, 2, 3));
            patient.setAllergies(ALLERGY);
            patient.setMedications(ALLERGY);
            return patients.save(patient);
        });
        Throwable duplicate = catchThrowable(() -> clinic.as(
                "recepcao@sorriso.demo",
                () -> patients.save(new Patient("Outra Pessoa", Cpf.format(cpf), LocalDate.of(1980, 1, 1)))));
        Throwable signUp = catchThrowable(() -> patientAccounts.signUp(signUpWith(cpf)));
        clinic.as(
                "recepcao@sorriso.demo",
                () -> appointments.book(new NewAppointment(
                        registered.getId(),
                        dentist.getId(),
                        LocalDate.now(ZoneId.of("America/Sao_Paulo"))
                                .plusDays(9)
                                .atTime(10, 0)
                                .atZone(ZoneId.of("America/Sao_Paulo"))
                                .toInstant(),
                        Duration.ofMinutes(30),
                        AppointmentStatus.SCHEDULED,
                        ALLERGY,
                        null,
                        true)));

        String desk = JsonPath.read(
                mvc.perform(post("/api/v1/auth/token")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"email\":\"recepcao@sorriso.demo\",\"password\":\"sorriso123\"}")
                                .with(TestAddresses.fresh()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.accessToken");
        mvc.perform(get("/api/v1/patients").param("q", cpf).header(HttpHeaders.AUTHORIZATION, "Bearer " + desk));
        mvc.perform(get("/api/v1/patients/" + cpf).header(HttpHeaders.AUTHORIZATION, "Bearer " + desk));
        mvc.perform(post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + cpf + "\",\"password\":\"" + ALLERGY + "\"}")
                .with(TestAddresses.fresh()));
        mvc.perform(post("/login")
                .param("username", Cpf.format(cpf))
                .param("password", ALLERGY)
                .with(csrf())
                .with(TestAddresses.fresh()));

        assertThat(duplicate).isNotNull();
        assertThat(signUp).isNotNull();
        assertThat(output.getAll())
                .as("the scenario ran and was logged")
                .contains("Login failed: BadCredentialsException")
                .doesNotContain(cpf, Cpf.format(cpf), ALLERGY, "penicilina");
    }

    private static SignUp signUpWith(String cpf) {
        SignUp form = new SignUp();
        form.setFullName("Quem Tenta");
        form.setEmail("quem.tenta." + System.nanoTime() + "@teste.sorriso");
        form.setCpf(cpf);
        form.setPhone("(11) 98765-4321");
        form.setBirthDate(LocalDate.of(1999, 9, 9));
        form.setPassword(TestClinic.PASSWORD);
        form.setConsent(true);
        return form;
    }
}

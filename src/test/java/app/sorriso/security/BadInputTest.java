package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestAddresses;
import app.sorriso.TestClinic;
import app.sorriso.base.BrazilianState;
import app.sorriso.base.ClinicException;
import app.sorriso.base.i18n.ClinicI18NProvider;
import app.sorriso.base.ui.ClinicErrorHandler;
import app.sorriso.billing.Payment;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentService.NewPayment;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.patients.PatientService;
import app.sorriso.patients.SignUp;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.Specialty;
import app.sorriso.scheduling.Appointment;
import app.sorriso.scheduling.AppointmentService;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import app.sorriso.scheduling.AppointmentStatus;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.StepContent;
import app.sorriso.treatments.TreatmentPlan;
import app.sorriso.treatments.TreatmentPlanService;
import app.sorriso.treatments.TreatmentPlanService.NewPlan;
import app.sorriso.treatments.TreatmentStepService;
import com.jayway.jsonpath.JsonPath;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The usual bad inputs, thrown at every API endpoint that takes input and at the services behind the forms. Whatever
 * comes in, the answer is never a server error: the API refuses with problem details (or, for input that is merely
 * odd, does its job), a service refuses with a translated message (or stores exactly what it was given), nothing
 * typed is echoed back into an error, and a refusal leaves no row behind.
 */
@ClinicIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    /** What people (and scripts) type where they should not. */
    record Bad(String name, String text, String json) {

        static Bad text(String name, String text) {
            return new Bad(name, text, '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Bad> VALUES = List.of(
            Bad.text("empty", ""),
            Bad.text("10 000 characters", "9".repeat(10_000)),
            new Bad("wrong type", "[1,2]", "{\"not\":[\"a\",\"value\"]}"),
            Bad.text("script tag", SCRIPT),
            Bad.text("SQL quotes", "' OR 1=1 --"),
            Bad.text("emoji", "\uD83E\uDDB7\uD83D\uDE00"),
            Bad.text("far past", "0001-01-01"),
            Bad.text("far future", "9999-12-31"));

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClinic clinic;

    @Autowired
    PatientService patients;

    @Autowired
    PatientAccountService patientAccounts;

    @Autowired
    ProfessionalService professionals;

    @Autowired
    PaymentService payments;

    @Autowired
    AppointmentService appointments;

    @Autowired
    TreatmentPlanService plans;

    @Autowired
    TreatmentStepService steps;

    MockMvc mvc;
    String desk;
    String patient;
    long patientId;
    Patient someone;
    Professional dentist;
    TreatmentPlan plan;

    @BeforeAll
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        desk = logIn("recepcao@sorriso.demo", "sorriso123");
        Patient withLogin = clinic.newPatientWithLogin();
        patientId = withLogin.getId();
        patient = logIn(withLogin.getEmail(), TestClinic.PASSWORD);
        someone = clinic.newPatient();
        dentist = clinic.newProfessional();
        plan = clinic.as(
                "admin@sorriso.demo",
                () -> plans.create(new NewPlan(
                        someone.getId(), dentist.getId(), "Plano de teste", null, PlanStatus.DRAFT, List.of())));
    }

    // ---------------------------------------------------------------- the API

    /** An endpoint with one input made bad; the rest of the request is valid. */
    record Endpoint(String name, Function<BadInputTest, Function<Bad, MockHttpServletRequestBuilder>> request) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> endpoints() {
        List<Endpoint> endpoints = List.of(
                new Endpoint(
                        "POST /auth/token email",
                        test -> bad -> json(
                                post("/api/v1/auth/token"),
                                "{\"email\":" + bad.json() + ",\"password\":\"uma senha qualquer\"}")),
                new Endpoint(
                        "POST /auth/token password",
                        test -> bad -> json(
                                post("/api/v1/auth/token"),
                                "{\"email\":\"ninguem." + System.nanoTime() + "@sorriso.test\",\"password\":"
                                        + bad.json() + "}")),
                new Endpoint(
                        "POST /auth/refresh",
                        test -> bad -> json(post("/api/v1/auth/refresh"), "{\"refreshToken\":" + bad.json() + "}")),
                new Endpoint(
                        "PUT /me/contacts phone",
                        test -> bad -> test.contacts(
                                bad.json(),
                                "\"01310-100\"",
                                "\"Rua Augusta\"",
                                "\"SP\"",
                                "\"Ana\"",
                                "\"(11) 98888-7777\"")),
                new Endpoint(
                        "PUT /me/contacts zip code",
                        test -> bad -> test.contacts(
                                "\"(11) 98765-4321\"", bad.json(), "\"Rua Augusta\"", "\"SP\"", "\"Ana\"", null)),
                new Endpoint(
                        "PUT /me/contacts street",
                        test -> bad -> test.contacts(
                                "\"(11) 98765-4321\"", "\"01310-100\"", bad.json(), "\"SP\"", "\"Ana\"", null)),
                new Endpoint(
                        "PUT /me/contacts state",
                        test -> bad -> test.contacts(
                                "\"(11) 98765-4321\"",
                                "\"01310-100\"",
                                "\"Rua Augusta\"",
                                bad.json(),
                                "\"Ana\"",
                                null)),
                new Endpoint(
                        "PUT /me/contacts emergency name",
                        test -> bad -> test.contacts(
                                "\"(11) 98765-4321\"", null, null, null, bad.json(), "\"(11) 98888-7777\"")),
                new Endpoint(
                        "PUT /me/contacts emergency phone",
                        test -> bad -> test.contacts("\"(11) 98765-4321\"", null, null, null, "\"Ana\"", bad.json())),
                new Endpoint(
                        "POST /me/appointments professionalId",
                        test -> bad -> test.request(bad.json(), "\"" + test.nextWeek() + "T10:00:00-03:00\"", null)),
                new Endpoint(
                        "POST /me/appointments startsAt",
                        test -> bad -> test.request(String.valueOf(test.dentist.getId()), bad.json(), null)),
                new Endpoint(
                        "POST /me/appointments note",
                        test -> bad -> test.request(
                                String.valueOf(test.dentist.getId()),
                                "\"" + test.nextWeek() + "T10:00:00-03:00\"",
                                bad.json())),
                new Endpoint(
                        "GET /slots from",
                        test -> bad -> get("/api/v1/slots")
                                .param("specialty", "GENERAL_PRACTICE")
                                .param("from", bad.text())),
                new Endpoint(
                        "GET /slots to",
                        test -> bad -> get("/api/v1/slots")
                                .param("specialty", "GENERAL_PRACTICE")
                                .param("from", test.nextWeek().toString())
                                .param("to", bad.text())),
                new Endpoint(
                        "GET /slots specialty",
                        test -> bad -> get("/api/v1/slots")
                                .param("specialty", bad.text())
                                .param("from", test.nextWeek().toString())),
                new Endpoint(
                        "GET /slots professionalId",
                        test -> bad -> get("/api/v1/slots")
                                .param("professionalId", bad.text())
                                .param("from", test.nextWeek().toString())),
                new Endpoint(
                        "GET /agenda from",
                        test -> bad -> test.asDesk(get("/api/v1/agenda").param("from", bad.text()))),
                new Endpoint(
                        "GET /agenda to",
                        test -> bad -> test.asDesk(get("/api/v1/agenda")
                                .param("from", test.nextWeek().toString())
                                .param("to", bad.text()))),
                new Endpoint(
                        "GET /agenda professionalId",
                        test -> bad -> test.asDesk(get("/api/v1/agenda")
                                .param("from", test.nextWeek().toString())
                                .param("professionalId", bad.text()))),
                new Endpoint(
                        "GET /patients q",
                        test -> bad -> test.asDesk(get("/api/v1/patients").param("q", bad.text()))),
                new Endpoint(
                        "GET /patients active",
                        test -> bad -> test.asDesk(get("/api/v1/patients").param("active", bad.text()))),
                new Endpoint(
                        "GET /patients page",
                        test -> bad -> test.asDesk(get("/api/v1/patients").param("page", bad.text()))),
                new Endpoint(
                        "GET /patients size",
                        test -> bad -> test.asDesk(get("/api/v1/patients").param("size", bad.text()))),
                new Endpoint(
                        "GET /patients sort",
                        test -> bad -> test.asDesk(get("/api/v1/patients").param("sort", bad.text()))),
                new Endpoint(
                        "GET /professionals specialty",
                        test -> bad -> get("/api/v1/professionals").param("specialty", bad.text())),
                new Endpoint(
                        "GET /professionals page",
                        test -> bad -> get("/api/v1/professionals").param("page", bad.text())));
        return endpoints.stream().flatMap(endpoint -> VALUES.stream().map(bad -> Arguments.of(endpoint, bad)));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("endpoints")
    void the_api_answers_bad_input_with_problem_details_and_no_trace_of_it(Endpoint endpoint, Bad bad)
            throws Exception {
        Rows before = rows();
        String contactsBefore = contactsOfThePatient();

        MockHttpServletResponse response = mvc.perform(endpoint.request()
                        .apply(this)
                        .apply(bad)
                        .with(TestAddresses.fresh())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "pt-BR"))
                .andReturn()
                .getResponse();
        String body = response.getContentAsString();

        assertThat(response.getStatus()).as(body).isLessThan(500);
        if (response.getStatus() >= 400) {
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getStatus()).isIn(400, 401, 404, 422);
            assertThat((String) JsonPath.read(body, "$.code")).isNotBlank();
            assertThat((String) JsonPath.read(body, "$.detail")).doesNotContain("{", "!");
            assertThat(body).doesNotContainIgnoringCase("<script").doesNotContain("1=1");
            assertThat(rows()).isEqualTo(before);
            assertThat(contactsOfThePatient()).isEqualTo(contactsBefore);
        } else if (!body.isEmpty()) {
            // taken as data: JSON, never a page a browser would run
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        }
    }

    MockHttpServletRequestBuilder contacts(
            String phone, String zip, String street, String state, String emergencyName, String emergencyPhone) {
        String address = zip == null
                ? "null"
                : "{\"zipCode\":" + zip + ",\"street\":" + street + ",\"number\":\"100\",\"city\":\"São Paulo\","
                        + "\"state\":" + state + "}";
        return asPatient(json(
                put("/api/v1/me/contacts"),
                "{\"phone\":" + phone + ",\"address\":" + address + ",\"emergencyContactName\":" + emergencyName
                        + ",\"emergencyContactPhone\":" + emergencyPhone + "}"));
    }

    MockHttpServletRequestBuilder request(String professionalId, String startsAt, String note) {
        return asPatient(json(
                post("/api/v1/me/appointments"),
                "{\"professionalId\":" + professionalId + ",\"startsAt\":" + startsAt + ",\"note\":" + note + "}"));
    }

    LocalDate nextWeek() {
        return LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusWeeks(1);
    }

    MockHttpServletRequestBuilder asDesk(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + desk);
    }

    MockHttpServletRequestBuilder asPatient(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + patient);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String logIn(String email, String password) throws Exception {
        String body = mvc.perform(json(
                                post("/api/v1/auth/token"),
                                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                        .with(TestAddresses.fresh()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.accessToken");
    }

    private String contactsOfThePatient() {
        return jdbc.sql("select concat_ws('|', phone, zip_code, street, state, emergency_contact_name,"
                        + " emergency_contact_phone, version) from patient where id = ?")
                .param(patientId)
                .query(String.class)
                .single();
    }

    // ---------------------------------------------------------------- the services behind the forms

    /** A form's service call with one field made bad; returns what was stored in that field, if it was taken. */
    record Form(String name, Function<BadInputTest, Function<Bad, Object>> save) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> forms() {
        List<Form> forms = new ArrayList<>(List.of(
                new Form(
                        "new patient: name",
                        test -> bad ->
                                test.newPatient(p -> p.setFullName(bad.text())).getFullName()),
                new Form(
                        "new patient: CPF",
                        test -> bad ->
                                test.newPatient(p -> p.setCpf(bad.text())).getCpf()),
                new Form(
                        "new patient: phone",
                        test -> bad ->
                                test.newPatient(p -> p.setPhone(bad.text())).getPhone()),
                new Form(
                        "new patient: e-mail",
                        test -> bad ->
                                test.newPatient(p -> p.setEmail(bad.text())).getEmail()),
                new Form(
                        "new patient: allergies",
                        test -> bad ->
                                test.newPatient(p -> p.setAllergies(bad.text())).getAllergies()),
                new Form(
                        "new patient: birth date",
                        test -> bad ->
                                test.newPatient(p -> p.setBirthDate(date(bad))).getBirthDate()),
                new Form(
                        "patient update: name",
                        test -> bad -> test.updatePatient(p -> p.setFullName(bad.text()))
                                .getFullName()),
                new Form(
                        "patient update: notes",
                        test -> bad ->
                                test.updatePatient(p -> p.setNotes(bad.text())).getNotes()),
                new Form(
                        "patient update: birth date",
                        test -> bad -> test.updatePatient(p -> p.setBirthDate(date(bad)))
                                .getBirthDate()),
                new Form(
                        "sign-up: name",
                        test -> bad -> test.signUp(form -> form.setFullName(bad.text()))
                                .getFullName()),
                new Form(
                        "sign-up: e-mail",
                        test -> bad ->
                                test.signUp(form -> form.setEmail(bad.text())).getEmail()),
                new Form(
                        "sign-up: CPF",
                        test -> bad ->
                                test.signUp(form -> form.setCpf(bad.text())).getCpf()),
                new Form(
                        "sign-up: phone",
                        test -> bad ->
                                test.signUp(form -> form.setPhone(bad.text())).getPhone()),
                new Form(
                        "sign-up: password",
                        test -> bad -> test.signUp(form -> form.setPassword(bad.text()))
                                .getId()),
                new Form(
                        "sign-up: birth date",
                        test -> bad -> test.signUp(form -> form.setBirthDate(date(bad)))
                                .getBirthDate()),
                new Form(
                        "professional: name",
                        test -> bad ->
                                test.newProfessional(p -> p.setName(bad.text())).getName()),
                new Form(
                        "professional: CRO",
                        test -> bad -> test.newProfessional(p -> p.setCroNumber(bad.text()))
                                .getCroNumber()),
                new Form(
                        "professional: colour",
                        test -> bad -> test.newProfessional(p -> p.setColor(bad.text()))
                                .getColor()),
                new Form(
                        "payment: description",
                        test -> bad -> test.payment(bad.text(), "150.00", LocalDate.now())
                                .getDescription()),
                new Form(
                        "payment: amount",
                        test -> bad -> test.payment("Consulta", bad.text(), LocalDate.now())
                                .getAmount()),
                new Form(
                        "payment: due date",
                        test -> bad ->
                                test.payment("Consulta", "150.00", date(bad)).getDueDate()),
                new Form(
                        "booking: notes",
                        test -> bad -> test.book(test.nextWeek(), bad.text()).getNotes()),
                new Form("booking: day", test -> bad -> test.book(date(bad), "Retorno")),
                new Form(
                        "plan: name",
                        test -> bad -> test.newPlan(bad.text(), null).getName()),
                new Form(
                        "plan: description",
                        test -> bad -> test.newPlan("Plano", bad.text()).getDescription()),
                new Form(
                        "step: description",
                        test -> bad -> test.addStep(StepContent.of(bad.text(), 16, LocalDate.now(), BigDecimal.TEN))),
                new Form(
                        "step: planned date",
                        test -> bad -> test.addStep(StepContent.of("Restauração", 16, date(bad), BigDecimal.TEN))),
                new Form(
                        "step: notes",
                        test -> bad -> test.addStep(new StepContent(
                                "Restauração", 16, null, LocalDate.now(), BigDecimal.TEN, bad.text())))));
        return forms.stream().flatMap(form -> VALUES.stream().map(bad -> Arguments.of(form, bad)));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("forms")
    void a_service_refuses_bad_input_in_words_and_writes_nothing_or_keeps_exactly_what_it_got(Form form, Bad bad) {
        Rows before = rows();
        Object stored;
        try {
            stored = clinic.as(
                    "admin@sorriso.demo", () -> form.save().apply(this).apply(bad));
        } catch (NotThisKind notApplicable) {
            return;
        } catch (RuntimeException refused) {
            assertThat(messageOf(refused)).as(refused.toString()).isNotNull().doesNotContain("{", "!");
            assertThat(rows()).as("nothing written by a refused " + form).isEqualTo(before);
            return;
        }
        if (stored instanceof String text) {
            assertThat(text).as("kept as typed").isEqualTo(bad.text().strip());
        }
        // a date that parses is still a slip of the keyboard when it lies centuries away: no record may hold it
        if (form.name().endsWith(" date") || form.name().endsWith(" day")) {
            assertThat(bad.name()).as(form + " accepted " + bad).doesNotStartWith("far ");
        }
    }

    /** What the person reads: a refusal's own translated words, never "something went wrong". */
    private static String messageOf(RuntimeException refused) {
        if (refused instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().iterator().next().getMessage();
        }
        String key = ClinicErrorHandler.messageKeyFor(refused);
        assertThat(key).as(refused.toString()).isNotIn("error.unexpected", "error.integrity");
        Object[] arguments = refused instanceof ClinicException clinic ? clinic.getArguments() : new Object[0];
        return new ClinicI18NProvider().getTranslation(key, Locale.ENGLISH, arguments);
    }

    /** A bad value that cannot even be typed into this kind of field (text into a date picker). */
    static final class NotThisKind extends RuntimeException {}

    static LocalDate date(Bad bad) {
        try {
            return LocalDate.parse(bad.text());
        } catch (RuntimeException notADate) {
            throw new NotThisKind();
        }
    }

    private Patient newPatient(Consumer<Patient> change) {
        Patient patient = new Patient("Paciente Entrada Ruim", clinic.unusedCpf(), LocalDate.of(1980, 1, 1));
        change.accept(patient);
        return patients.save(patient);
    }

    private Patient updatePatient(Consumer<Patient> change) {
        Patient patient = patients.findById(someone.getId()).orElseThrow();
        change.accept(patient);
        return patients.save(patient);
    }

    private Patient signUp(Consumer<SignUp> change) {
        SignUp form = new SignUp();
        form.setFullName("Pessoa Entrada Ruim");
        form.setEmail("entrada.ruim." + System.nanoTime() + "@teste.sorriso");
        form.setCpf(clinic.unusedCpf());
        form.setPhone("(11) 98765-4321");
        form.setBirthDate(LocalDate.of(1985, 3, 9));
        form.setPassword(TestClinic.PASSWORD);
        form.setConsent(true);
        change.accept(form);
        return patientAccounts.signUp(form);
    }

    private Professional newProfessional(Consumer<Professional> change) {
        Professional professional = new Professional(
                "Dra. Entrada Ruim",
                BrazilianState.MG,
                String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)),
                Specialty.GENERAL_PRACTICE,
                "#336699");
        change.accept(professional);
        return professionals.register(professional);
    }

    private Payment payment(String description, String amount, LocalDate due) {
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException notANumber) {
            throw new NotThisKind();
        }
        return payments.register(new NewPayment(someone.getId(), null, description, value, due, null, null));
    }

    private Appointment book(LocalDate day, String notes) {
        LocalTime at =
                LocalTime.of(8, 0).plusMinutes(30L * ThreadLocalRandom.current().nextInt(16));
        return appointments.book(new NewAppointment(
                someone.getId(),
                dentist.getId(),
                day.atTime(at).atZone(ZoneId.of("America/Sao_Paulo")).toInstant(),
                Duration.ofMinutes(30),
                AppointmentStatus.SCHEDULED,
                notes,
                null,
                true));
    }

    private TreatmentPlan newPlan(String name, String description) {
        return plans.create(
                new NewPlan(someone.getId(), dentist.getId(), name, description, PlanStatus.DRAFT, List.of()));
    }

    private Object addStep(StepContent content) {
        return steps.add(plan.getId(), content);
    }

    // ---------------------------------------------------------------- what a refusal must leave alone

    record Rows(
            long accounts,
            long patients,
            long professionals,
            long appointments,
            long payments,
            long plans,
            long steps) {}

    private Rows rows() {
        return new Rows(
                count("user_account"),
                count("patient"),
                count("professional"),
                count("appointment"),
                count("payment"),
                count("treatment_plan"),
                count("treatment_step"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}

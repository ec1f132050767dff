package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestAddresses;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Password guessing through the login form meets the same throttle as the API: too many failures for an account, or
 * too many attempts from an address, and even the right password waits, with the same answer for real and unknown
 * accounts. Each refused attempt is in the audit trail.
 */
@ClinicIntegrationTest
class FormLoginThrottleTest {

    private static final String PASSWORD = "a senha da dona";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_and_every_refusal_is_audited() throws Exception {
        String email = newAccount();
        RequestPostProcessor address = TestAddresses.fresh();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            assertThat(logIn(email, "wrong guess " + i, address).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }

        MvcResult rightPassword = logIn(email, PASSWORD, address);

        assertThat(rightPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(lastFailure(rightPassword))
                .isInstanceOfSatisfying(
                        TooManyLoginAttemptsException.class,
                        throttled -> assertThat(throttled.retryAfter())
                                .isPositive()
                                .isLessThanOrEqualTo(java.time.Duration.ofMinutes(3)));
        assertThat(loggedIn(rightPassword)).isFalse();
        assertThat(failures(email, "BadCredentialsException")).isEqualTo(LoginThrottle.ACCOUNT_FAILURES);
        assertThat(failures(email, "TooManyLoginAttemptsException")).isEqualTo(1);
        assertThat(successes(email)).isZero();
    }

    @Test
    void the_form_and_the_api_share_one_allowance() throws Exception {
        String email = newAccount();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            logIn(email, "wrong guess " + i, TestAddresses.fresh());
        }

        int apiStatus = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                        .with(TestAddresses.fresh()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(apiStatus).isEqualTo(429);
        assertThat(failures(email, "TooManyLoginAttemptsException"))
                .as("the API's refusal is audited too")
                .isEqualTo(1);
    }

    @Test
    void a_wrong_password_through_the_api_is_in_the_audit_trail_too() throws Exception {
        String email = newAccount();

        int status = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"wrong guess\"}")
                        .with(TestAddresses.fresh()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(401);
        assertThat(failures(email, "BadCredentialsException")).isEqualTo(1);
    }

    @Test
    void one_address_trying_many_accounts_is_refused_alike_for_real_and_unknown_accounts() throws Exception {
        RequestPostProcessor address = TestAddresses.fresh();
        for (int i = 0; i < LoginThrottle.ADDRESS_ATTEMPTS; i++) {
            logIn("guess-" + i + "-" + UUID.randomUUID() + "@sorriso.test", "wrong guess", address);
        }

        MvcResult real = logIn(newAccount(), PASSWORD, address);
        MvcResult unknown = logIn("nobody-" + UUID.randomUUID() + "@sorriso.test", PASSWORD, address);

        assertThat(real.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(loggedIn(real)).isFalse();
        assertThat(lastFailure(real)).isInstanceOf(TooManyLoginAttemptsException.class);
        assertThat(unknown.getResponse().getRedirectedUrl())
                .isEqualTo(real.getResponse().getRedirectedUrl());
        assertThat(lastFailure(unknown)).isInstanceOf(TooManyLoginAttemptsException.class);
    }

    @Test
    void strangers_guessing_an_account_do_not_lock_its_owner_out_on_a_usual_address() throws Exception {
        String email = newAccount();
        RequestPostProcessor usual = TestAddresses.fresh();
        assertThat(loggedIn(logIn(email, PASSWORD, usual))).isTrue();

        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES + 3; i++) {
            logIn(email, "wrong guess " + i, TestAddresses.fresh());
        }

        assertThat(lastFailure(logIn(email, PASSWORD, TestAddresses.fresh())))
                .isInstanceOf(TooManyLoginAttemptsException.class);
        MvcResult owner = logIn(email, PASSWORD, usual);
        assertThat(owner.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(loggedIn(owner)).isTrue();
    }

    private String newAccount() {
        String email = "throttle-" + UUID.randomUUID() + "@sorriso.test";
        SystemTask.run(() -> accounts.create("Conta Sob Ataque", email, PASSWORD, Role.RECEPTION));
        return email;
    }

    /** The form's own request: Spring's {@code formLogin()} builder cannot be given a client address. */
    private MvcResult logIn(String email, String password, RequestPostProcessor address) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf())
                        .with(address))
                .andReturn();
    }

    private static Object lastFailure(MvcResult result) {
        return result.getRequest().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION");
    }

    private static boolean loggedIn(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        return request.getSession().getAttribute("SPRING_SECURITY_CONTEXT") != null;
    }

    private long failures(String email, String detail) {
        return jdbc.sql("select count(*) from audit_event where action = 'LOGIN_FAILED' and actor_email = ?"
                        + " and detail = ?")
                .params(email, detail)
                .query(Long.class)
                .single();
    }

    private long successes(String email) {
        return jdbc.sql("select count(*) from audit_event where action = 'LOGIN_SUCCEEDED' and actor_email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }
}

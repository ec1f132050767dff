package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.sorriso.ClinicIntegrationTest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login form's HTTP side, through the real security filter chain and the demo clinic's accounts. */
@ClinicIntegrationTest
class LoginFlowTest {

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
    void a_demo_user_logs_in_with_any_case_of_their_e_mail_and_lands_on_the_start_page() throws Exception {
        MvcResult result = mvc.perform(
                        formLogin("/login").user("Recepcao@Sorriso.Demo").password("sorriso123"))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        SecurityContext security =
                (SecurityContext) result.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(((ClinicUser) security.getAuthentication().getPrincipal()).role())
                .isEqualTo(Role.RECEPTION);
        assertThat(accounts.findByEmail("recepcao@sorriso.demo").orElseThrow().getLastLoginAt())
                .isNotNull();
    }

    @Test
    void a_wrong_password_and_an_unknown_e_mail_get_the_same_answer() throws Exception {
        MockHttpServletResponse wrongPassword = mvc.perform(
                        formLogin("/login").user("admin@sorriso.demo").password("not-the-password"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse unknownAccount = mvc.perform(
                        formLogin("/login").user("nobody@sorriso.demo").password("not-the-password"))
                .andReturn()
                .getResponse();

        assertThat(wrongPassword.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownAccount.getStatus()).isEqualTo(wrongPassword.getStatus());
        assertThat(unknownAccount.getRedirectedUrl()).isEqualTo(wrongPassword.getRedirectedUrl());
    }

    @Test
    void logins_and_failed_attempts_go_into_the_audit_trail() throws Exception {
        String typed = "intruder-" + System.nanoTime() + "@sorriso.demo";
        long before = logins("LOGIN_SUCCEEDED", "dentista3@sorriso.demo");

        mvc.perform(formLogin("/login")
                .user(typed.toUpperCase(java.util.Locale.ROOT))
                .password("guess"));
        mvc.perform(formLogin("/login").user("dentista3@sorriso.demo").password("sorriso123"));

        assertThat(logins("LOGIN_FAILED", typed)).isEqualTo(1);
        assertThat(logins("LOGIN_SUCCEEDED", "dentista3@sorriso.demo")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select actor_id from audit_event where action = 'LOGIN_SUCCEEDED'"
                                + " and actor_email = 'dentista3@sorriso.demo' order by id desc limit 1")
                        .query(Long.class)
                        .single())
                .isEqualTo(accounts.findByEmail("dentista3@sorriso.demo")
                        .orElseThrow()
                        .getId());
    }

    private long logins(String action, String email) {
        return jdbc.sql("select count(*) from audit_event where action = ? and actor_email = ?")
                .params(action, email)
                .query(Long.class)
                .single();
    }

    @Test
    void logging_in_gives_a_new_session_id() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();

        MvcResult result = mvc.perform(post("/login")
                        .param("username", "admin@sorriso.demo")
                        .param("password", "sorriso123")
                        .with(csrf())
                        .session(before))
                .andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(idBefore);
    }

    @Test
    void logging_out_ends_the_session() throws Exception {
        MvcResult login = mvc.perform(
                        formLogin("/login").user("admin@sorriso.demo").password("sorriso123"))
                .andReturn();
        HttpSession session = login.getRequest().getSession();

        mvc.perform(post("/logout").with(csrf()).session((MockHttpSession) session))
                .andReturn();

        assertThat(((MockHttpSession) session).isInvalid()).isTrue();
    }
}

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

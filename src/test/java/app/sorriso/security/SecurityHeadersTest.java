package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.sorriso.ClinicIntegrationTest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The headers every page carries, and what stays closed to strangers. */
@ClinicIntegrationTest
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    // Vaadin's servlet cannot run inside MockMvc; the headers come from the security filter, the same on any path.
    void responses_carry_the_content_security_policy_and_friends() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/actuator/health")).andReturn().getResponse();

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Permissions-Policy")).contains("geolocation=()");
        assertThat(response.getHeader("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isNull();
    }

    @Test
    void over_https_the_browser_is_told_to_stay_on_https() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/actuator/health").secure(true)).andReturn().getResponse();

        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void a_page_that_resets_its_response_still_carries_the_headers() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        new PageHeaders().doFilter(request, response, (req, res) -> {
            ((HttpServletResponse) res).reset();
            res.getWriter().write("<!doctype html>");
        });

        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void health_is_open_and_nothing_else_of_the_actuator_is() throws Exception {
        assertThat(mvc.perform(get("/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        for (String closed : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator"}) {
            int status = mvc.perform(get(closed)).andReturn().getResponse().getStatus();
            assertThat(status).as(closed).isNotEqualTo(200);
        }
    }
}

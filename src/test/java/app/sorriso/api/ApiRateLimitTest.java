package app.sorriso.api;

import static app.sorriso.api.ApiClient.from;
import static app.sorriso.api.ApiClient.json;
import static app.sorriso.api.ApiClient.loginBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.security.Role;
import app.sorriso.security.SystemTask;
import app.sorriso.security.UserAccountService;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.WebApplicationContext;

/** Password guessing through the API meets the throttle; the account's owner is not locked out by it. */
@ClinicIntegrationTest
class ApiRateLimitTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccountService accounts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    @Test
    void one_address_trying_many_accounts_is_told_to_wait() throws Exception {
        String address = "203.0.113.77";
        for (int i = 0; i < 20; i++) {
            api.mvc
                    .perform(json(post("/api/v1/auth/token"), loginBody("guess" + i + "@sorriso.test", "wrong-guess"))
                            .with(from(address)))
                    .andExpect(status().isUnauthorized());
        }

        String retryAfter = api.mvc
                .perform(json(post("/api/v1/auth/token"), loginBody("admin@sorriso.demo", "sorriso123"))
                        .with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("api.auth.throttled"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.RETRY_AFTER);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 15);
    }

    @Test
    void guessing_one_account_from_many_addresses_does_not_lock_out_its_owner_on_a_usual_address() throws Exception {
        String email = "owner-" + UUID.randomUUID() + "@sorriso.test";
        SystemTask.run(() -> accounts.create("Dona da Conta", email, "my-own-password", Role.RECEPTION));
        String usual = "198.18.0.1";
        api.mvc
                .perform(json(post("/api/v1/auth/token"), loginBody(email, "my-own-password"))
                        .with(from(usual)))
                .andExpect(status().isOk());

        for (int i = 0; i < 8; i++) {
            api.mvc.perform(json(post("/api/v1/auth/token"), loginBody(email, "guess-" + i))
                    .with(from("198.18.1." + (i + 1))));
        }

        String retryAfter = api.mvc
                .perform(json(post("/api/v1/auth/token"), loginBody(email, "my-own-password"))
                        .with(from("198.18.2.1")))
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.RETRY_AFTER);
        assertThat(Integer.parseInt(retryAfter)).isLessThanOrEqualTo(180);
        api.mvc
                .perform(json(post("/api/v1/auth/token"), loginBody(email, "my-own-password"))
                        .with(from(usual)))
                .andExpect(status().isOk());
    }
}

package app.sorriso.api;

import static app.sorriso.api.ApiClient.getAs;
import static app.sorriso.api.ApiClient.json;
import static app.sorriso.api.ApiClient.loginBody;
import static app.sorriso.api.ApiClient.newAddress;
import static app.sorriso.api.ApiClient.refreshBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.api.ApiClient.Tokens;
import app.sorriso.security.Role;
import app.sorriso.security.StaffAccountDraft;
import app.sorriso.security.StaffAccountService;
import app.sorriso.security.SystemTask;
import app.sorriso.security.UserAccountService;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.WebApplicationContext;

/** Tokens from login to logout, through the HTTP layer, and every kind of forged or stale token refused. */
@ClinicIntegrationTest
class ApiTokenLifecycleTest {

    static final String AGENDA = "/api/v1/agenda?from=2026-01-05";

    @Autowired
    WebApplicationContext context;

    @Autowired
    StaffAccountService staff;

    @Autowired
    UserAccountService accounts;

    @Value("${sorriso.api.tokens.secret}")
    String secret;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    @Test
    void a_login_gives_a_bearer_token_that_opens_the_api() throws Exception {
        api.mvc
                .perform(json(post("/api/v1/auth/token"), loginBody("Recepcao@Sorriso.Demo", "sorriso123"))
                        .with(newAddress()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(900))
                .andExpect(jsonPath("$.refreshToken").isString())
                .andExpect(
                        header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")));

        Tokens tokens = api.logIn("recepcao@sorriso.demo");
        api.mvc.perform(getAs(AGENDA, tokens.access())).andExpect(status().isOk());
    }

    @Test
    void the_api_keeps_no_session() throws Exception {
        Tokens tokens = api.logIn("recepcao@sorriso.demo");

        var result = api.mvc
                .perform(getAs(AGENDA, tokens.access()))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void refreshing_rotates_the_refresh_token_and_a_reused_one_revokes_the_whole_login() throws Exception {
        Tokens first = api.logIn("dentista@sorriso.demo");

        Tokens second = refresh(first.refresh());
        assertThat(second.refresh()).isNotEqualTo(first.refresh());
        api.mvc.perform(getAs(AGENDA, second.access())).andExpect(status().isOk());
        Tokens third = refresh(second.refresh());

        // Someone replays the first refresh token (stolen earlier): refused, and the family is gone.
        api.mvc
                .perform(json(post("/api/v1/auth/refresh"), refreshBody(first.refresh())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.auth.refresh-refused"));
        api.mvc
                .perform(json(post("/api/v1/auth/refresh"), refreshBody(third.refresh())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void logging_out_ends_the_refresh_token_and_two_logins_are_independent() throws Exception {
        Tokens phone = api.logIn("dentista2@sorriso.demo");
        Tokens tablet = api.logIn("dentista2@sorriso.demo");

        api.mvc
                .perform(json(post("/api/v1/auth/logout"), refreshBody(phone.refresh())))
                .andExpect(status().isNoContent());

        api.mvc
                .perform(json(post("/api/v1/auth/refresh"), refreshBody(phone.refresh())))
                .andExpect(status().isUnauthorized());
        refresh(tablet.refresh());
        api.mvc
                .perform(json(post("/api/v1/auth/logout"), refreshBody("never-issued")))
                .andExpect(status().isNoContent());
    }

    @Test
    void a_wrong_password_and_an_unknown_e_mail_get_the_same_answer() throws Exception {
        String wrongPassword = api.mvc
                .perform(json(post("/api/v1/auth/token"), loginBody("admin@sorriso.demo", "nope-nope"))
                        .with(newAddress()))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknown = api.mvc
                .perform(json(post("/api/v1/auth/token"), loginBody("nobody@sorriso.demo", "nope-nope"))
                        .with(newAddress()))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(unknown).isEqualTo(wrongPassword);
    }

    @Test
    void a_temporary_password_must_be_replaced_in_the_website_first() throws Exception {
        String email = "temp-" + UUID.randomUUID() + "@sorriso.test";
        StaffAccountDraft draft = new StaffAccountDraft();
        draft.setName("Recepção Temporária");
        draft.setEmail(email);
        draft.setRole(Role.RECEPTION);
        draft.setTemporaryPassword("provisoria-123");
        SystemTask.run(() -> staff.create(draft));

        api.mvc
                .perform(json(post("/api/v1/auth/token"), loginBody(email, "provisoria-123"))
                        .with(newAddress()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("api.auth.password-change-required"));
    }

    @Test
    void a_disabled_account_cannot_log_in_nor_refresh() throws Exception {
        String email = "leaving-" + UUID.randomUUID() + "@sorriso.test";
        var account = SystemTask.run(
                () -> accounts.create("Recepção de Saída", email, "a-password-of-my-own", Role.RECEPTION));
        Tokens tokens = api.logIn(email, "a-password-of-my-own");

        SystemTask.run(() -> staff.disable(account.getId()));

        api.mvc
                .perform(json(post("/api/v1/auth/refresh"), refreshBody(tokens.refresh())))
                .andExpect(status().isUnauthorized());
        api.mvc
                .perform(json(post("/api/v1/auth/token"), loginBody(email, "a-password-of-my-own"))
                        .with(newAddress()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.auth.invalid-credentials"));
    }

    @Test
    void an_expired_token_is_refused_with_a_challenge() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String token = signed(key(secret), "sorriso", "sorriso-api", past, past.plus(Duration.ofMinutes(15)));

        api.mvc
                .perform(getAs(AGENDA, token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(
                                HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.containsString("invalid_token")))
                .andExpect(jsonPath("$.code").value("api.auth.token-expired"));
    }

    @Test
    void forged_tokens_are_all_refused() throws Exception {
        Instant now = Instant.now();
        Instant later = now.plus(Duration.ofMinutes(10));
        String valid = api.logIn("recepcao@sorriso.demo").access();
        SecretKey otherKey = key("another-secret-of-enough-length-0123456789abcdef");

        assertRefused(signed(otherKey, "sorriso", "sorriso-api", now, later));
        assertRefused(signed(key(secret), "someone-else", "sorriso-api", now, later));
        assertRefused(signed(key(secret), "sorriso", "another-api", now, later));
        assertRefused(unsigned(valid));
        assertRefused(tampered(valid));
        assertRefused(Jwts.builder()
                .issuer("sorriso")
                .audience()
                .add("sorriso-api")
                .and()
                .subject("1")
                .claim("role", "ADMIN")
                .claim("email", "admin@sorriso.demo")
                .expiration(Date.from(later))
                .signWith(key(secret), Jwts.SIG.HS384)
                .compact());
        assertRefused("not-a-token");
    }

    @Test
    void a_token_not_yet_valid_is_refused() throws Exception {
        Instant future = Instant.now().plus(Duration.ofHours(1));
        assertRefused(signed(key(secret), "sorriso", "sorriso-api", future, future.plus(Duration.ofMinutes(15))));
    }

    private void assertRefused(String token) throws Exception {
        api.mvc
                .perform(getAs(AGENDA, token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    private Tokens refresh(String refreshToken) throws Exception {
        String body = api.mvc
                .perform(json(post("/api/v1/auth/refresh"), refreshBody(refreshToken)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Tokens.of(body);
    }

    static SecretKey key(String secret) {
        return Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
    }

    static String signed(SecretKey key, String issuer, String audience, Instant issued, Instant expires) {
        return Jwts.builder()
                .issuer(issuer)
                .audience()
                .add(audience)
                .and()
                .subject("1")
                .claim("role", "ADMIN")
                .claim("email", "admin@sorriso.demo")
                .issuedAt(Date.from(issued))
                .notBefore(Date.from(issued))
                .expiration(Date.from(expires))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
    }

    /** The valid token's claims under {@code "alg":"none"} and without a signature. */
    static String unsigned(String valid) {
        String payload = valid.split("\\.")[1];
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** The valid token with its role raised to ADMIN and its signature kept. */
    static String tampered(String valid) {
        String[] parts = valid.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String raised = claims.replace("\"RECEPTION\"", "\"ADMIN\"");
        assertThat(raised).isNotEqualTo(claims);
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(raised.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }
}

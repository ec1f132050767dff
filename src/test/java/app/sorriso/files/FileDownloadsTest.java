package app.sorriso.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.files.FileService.NewFile;
import app.sorriso.patients.Patient;
import app.sorriso.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The download address, through the real security filter chain, as each kind of visitor would call it. */
@ClinicIntegrationTest
class FileDownloadsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    FileService files;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClinic clinic;

    MockMvc mvc;
    String ownerLogin;
    StoredFile exam;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        Patient owner = clinic.newPatientWithLogin();
        ownerLogin = accounts.findById(owner.getUserAccountId()).orElseThrow().getEmail();
        exam = clinic.as(
                ownerLogin,
                () -> files.store(new NewFile(
                        owner.getId(),
                        null,
                        "Panorâmica março.png",
                        null,
                        new ByteArrayInputStream(TestFiles.png(800, 400)))));
    }

    private MockHttpServletResponse fetch(String url, String login) throws Exception {
        var request = get(url);
        if (login != null) {
            request = request.with(user(users.loadUserByUsername(login)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void the_owner_sees_the_file_in_the_page_or_downloads_it_under_its_name() throws Exception {
        MockHttpServletResponse shown = fetch(exam.url(), ownerLogin);
        MockHttpServletResponse saved = fetch(exam.downloadUrl(), ownerLogin);
        MockHttpServletResponse thumbnail = fetch(exam.thumbnailUrl(), ownerLogin);

        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentType()).isEqualTo("image/png");
        assertThat(shown.getContentAsByteArray()).hasSize((int) exam.getSizeBytes());
        assertThat(shown.getHeader("Content-Disposition")).startsWith("inline;").contains("filename*=UTF-8''");
        assertThat(shown.getHeader("Cache-Control")).contains("no-store");
        assertThat(shown.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(saved.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(thumbnail.getStatus()).isEqualTo(200);
        assertThat(thumbnail.getContentType()).isEqualTo("image/jpeg");
    }

    @Test
    void another_patient_guessing_the_address_gets_not_found() throws Exception {
        Patient other = clinic.newPatientWithLogin();
        String otherLogin =
                accounts.findById(other.getUserAccountId()).orElseThrow().getEmail();

        assertThat(fetch(exam.url(), otherLogin).getStatus()).isEqualTo(404);
        assertThat(fetch(exam.thumbnailUrl(), otherLogin).getStatus()).isEqualTo(404);
        assertThat(fetch("/files/999999999", otherLogin).getStatus()).isEqualTo(404);
    }

    @Test
    void a_person_following_someone_elses_link_reads_a_page_in_their_language_with_the_way_back() throws Exception {
        Patient other = clinic.newPatientWithLogin();
        String otherLogin =
                accounts.findById(other.getUserAccountId()).orElseThrow().getEmail();

        MockHttpServletResponse page = mvc.perform(get(exam.url())
                        .with(user(users.loadUserByUsername(otherLogin)))
                        .accept(MediaType.TEXT_HTML)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>File not found</h1>", "href=\"/\"")
                .doesNotContain("Panorâmica");
        assertThat(fetch(exam.thumbnailUrl(), otherLogin).getContentAsByteArray())
                .isEmpty();
    }

    @Test
    void staff_open_it_and_a_stranger_is_sent_to_log_in() throws Exception {
        assertThat(fetch(exam.url(), "dentista@sorriso.demo").getStatus()).isEqualTo(200);

        MockHttpServletResponse stranger = fetch(exam.url(), null);

        assertThat(stranger.getStatus()).isIn(302, 401);
        assertThat(stranger.getContentAsByteArray()).isEmpty();
    }
}

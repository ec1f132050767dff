package app.sorriso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A patient who gets hold of the address of another patient's exam (a forwarded link, a guessed number) is told it is
 * not there, exactly as for a file that does not exist; the file itself never reaches them.
 */
class RefusalJourney extends BrowserJourney {

    private static final Pattern FILE_ID = Pattern.compile("files/(\\d+)/thumbnail");

    @ParameterizedTest
    @EnumSource(names = {"DESKTOP", "PHONE"})
    void a_patient_opening_another_patients_exam_gets_not_found(Size size) {
        Page owner = open(size);
        login(owner, "paciente@sorriso.demo");
        go(owner, "/me/exams");
        String thumbnail = owner.locator("img.file-thumbnail").first().getAttribute("src");
        Matcher id = FILE_ID.matcher(thumbnail);
        assertThat(id.find()).as("a file address in " + thumbnail).isTrue();
        String address = "/files/" + id.group(1);
        APIResponse own = owner.request().get(app.url(address));
        assertThat(own.status()).as("the owner opens her own exam").isEqualTo(200);
        byte[] exam = own.body();
        assertThat(exam.length).isGreaterThan(1024);

        NewPatient stranger = NewPatient.create("Otavio");
        Page page = open(size);
        signUp(page, stranger, size, null);
        login(page, stranger.email(), stranger.password());
        go(page, "/me/exams");
        page.locator(".file-gallery .empty-state").waitFor();
        look(page, "journey-refusal-own-exams", size);

        for (String asked : List.of(address, address + "?download=true", address + "/thumbnail")) {
            APIResponse refused = page.request().get(app.url(asked));
            assertThat(refused.status()).as(asked).isEqualTo(404);
            assertThat(refused.body()).as(asked).isEmpty();
        }
        Response shown = page.navigate(app.url(address));
        assertThat(shown.status()).isEqualTo(404);
        // a person who followed the link reads why and the way back, in the app's words, never the file
        assertThat(page.locator("h1").textContent()).isEqualTo("Arquivo não encontrado");
        assertThat(page.locator("a[href='/']").count()).isEqualTo(1);
        look(page, "journey-refusal", size);
    }
}

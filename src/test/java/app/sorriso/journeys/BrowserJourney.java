package app.sorriso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A person's way through the app in a real Chromium, against the running production jar. Here, Debian's Chromium
 * (CHROMIUM_PATH or /usr/bin/chromium); elsewhere Playwright's own browser.
 */
abstract class BrowserJourney {

    static final String PASSWORD = "sorriso123";

    /** The sizes journeys are walked at: the desk's and admin's desktop, the surgery's tablet, the patient's phone. */
    enum Size {
        DESKTOP(1366, 768),
        TABLET(1024, 768),
        PHONE(390, 844);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }

        String suffix() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static RunningApp app;
    static Browser browser;

    // Kept until the next journey opens its own, so that a failure can still be photographed (watchers run after
    // @AfterEach methods).
    private static BrowserContext context;
    private static Page current;

    /** One app and one Chromium for every journey class of the run; JUnit closes the browser when the run ends. */
    @RegisterExtension
    static final BeforeAllCallback SHARED = test -> {
        app = RunningApp.shared();
        browser = test.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(), SharedBrowser.class)
                .browser;
    };

    /** A failed journey leaves a picture of where it stopped, next to the app's log. */
    @RegisterExtension
    final TestWatcher failures = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext test, Throwable cause) {
            if (current != null && !current.isClosed()) {
                current.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of(
                                "target",
                                "journey-failures",
                                test.getRequiredTestClass().getSimpleName() + " " + test.getDisplayName() + ".png"))
                        .setFullPage(true));
            }
        }
    };

    private static final class SharedBrowser implements AutoCloseable {

        private final Playwright playwright;
        private final Browser browser;

        SharedBrowser() {
            Optional<Path> chromium = chromium();
            // With a Chromium at hand, Playwright must not try to download its own (impossible without the internet).
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(chromium.isPresent() ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setArgs(List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync"));
            chromium.ifPresent(options::setExecutablePath);
            browser = playwright.chromium().launch(options);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    private static Optional<Path> chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
            context = null;
            current = null;
        }
    }

    /** A fresh browser (no cookies) at the given size, in Brazilian Portuguese as the clinic's staff use it. */
    Page open(Size size) {
        closeContext();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(size.width, size.height)
                .setLocale("pt-BR")
                .setTimezoneId("America/Sao_Paulo"));
        context.setDefaultTimeout(20_000);
        current = context.newPage();
        return current;
    }

    void go(Page page, String path) {
        page.navigate(app.url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Logs in with one of the demo's accounts, which share a password. */
    void login(Page page, String email) {
        login(page, email, PASSWORD);
    }

    void login(Page page, String email, String password) {
        go(page, "/login");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Keeps what the person saw, for the README: docs/screenshots/name-size.png. */
    void screenshot(Page page, String name, Size size) {
        settle(page);
        Path directory = Path.of(System.getProperty("sorriso.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name + "-" + size.suffix() + ".png")));
    }

    /** A main screen of the journey: kept for the README and checked for accessibility as it stands. */
    void look(Page page, String name, Size size) {
        screenshot(page, name, size);
        assertAccessible(page);
    }

    /** No serious or critical accessibility violation on the page as it stands (axe-core, WCAG 2 A and AA). */
    void assertAccessible(Page page) {
        settle(page);
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserJourney::describe)
                .toList();
        assertThat(serious)
                .as("serious or critical accessibility violations on " + page.url())
                .isEmpty();
    }

    /**
     * Waits for views, rows, toasts and overlays to finish fading in or out: half-way, axe would measure the colours of
     * a half-transparent page, and the picture would show it. Vaadin's components animate inside their shadow roots,
     * which the document's own list leaves out. Endless animations (the landing page's) are left running.
     */
    private static void settle(Page page) {
        page.waitForFunction("""
                () => {
                  const roots = [document];
                  for (let i = 0; i < roots.length; i++) {
                    roots[i].querySelectorAll('*')
                        .forEach(element => element.shadowRoot && roots.push(element.shadowRoot));
                  }
                  return roots.flatMap(root => root.getAnimations()).every(animation =>
                      animation.playState !== 'running'
                      || animation.effect.getComputedTiming().iterations === Infinity);
                }""", null, new Page.WaitForFunctionOptions().setPollingInterval(50));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .limit(3)
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }

    /**
     * Signs a new patient up at /signup, every field filled and the privacy notice accepted, and waits for the welcome;
     * the form is photographed (and checked) as the patient leaves it when a name is given.
     */
    void signUp(Page page, NewPatient patient, Size size, String screenshotName) {
        go(page, "/signup");
        page.getByLabel("Nome completo").fill(patient.fullName());
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(patient.email());
        page.getByLabel("CPF", new Page.GetByLabelOptions().setExact(true)).fill(patient.cpf());
        page.getByLabel("Celular").fill(patient.phone());
        page.getByLabel("Crie uma senha").fill(patient.password());
        // Typing opens the date picker's calendar. On a desktop Enter takes the typed date and must not send the
        // half-made form; the phone's calendar stays open on Enter and closes with a tap beside it.
        page.getByLabel("Data de nascimento").fill("15/03/1990");
        if (size == Size.PHONE) {
            BoundingBox title = page.locator(".sign-up-card h1").boundingBox();
            page.mouse().click(title.x + 4, title.y + 4);
        } else {
            page.getByLabel("Data de nascimento").press("Enter");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator(".sign-up-form [invalid]").count())
                    .as("Enter in the date sent the form, which found the consent missing")
                    .isZero();
        }
        assertThat(page.locator("vaadin-date-picker[opened]").count()).isZero();
        // the box itself is drawn over a hidden input, as in every Vaadin checkbox: ticked from the keyboard
        page.locator("vaadin-checkbox.sign-up-consent input").focus();
        page.keyboard().press("Space");
        assertThat(page.locator("vaadin-checkbox.sign-up-consent").getAttribute("checked"))
                .isNotNull();
        if (screenshotName != null) {
            look(page, screenshotName, size);
        }
        page.locator("vaadin-button.sign-up-submit").click();
        page.locator(".sign-up-done h1").waitFor();
        assertThat(page.locator(".sign-up-done h1").innerText()).contains(patient.firstName());
    }

    /** Picks an option of a Vaadin select by the words on it, and waits for its list to close. */
    static void choose(Page page, String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(option))
                .click();
        page.locator("vaadin-select[opened]")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** A Vaadin button by the words on it. */
    static Locator button(Locator within, String text) {
        return within.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
    }

    static Locator button(Page page, String text) {
        return button(page.locator(":root"), text);
    }

    /** Waits for a toast whose text contains the given words, and returns its text. */
    String toast(Page page, String contains) {
        var card = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(contains));
        card.first().waitFor();
        return card.first().innerText();
    }
}

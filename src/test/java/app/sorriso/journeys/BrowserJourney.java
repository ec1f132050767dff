package app.sorriso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A person's way through the app in a real Chromium, against the running production jar. Here, Debian's Chromium
 * (CHROMIUM_PATH or /usr/bin/chromium); elsewhere Playwright's own browser.
 */
abstract class BrowserJourney {

    static final String PASSWORD = "sorriso123";

    /** The two sizes every journey is walked at. */
    enum Size {
        DESKTOP(1366, 768),
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
    static Playwright playwright;
    static Browser browser;

    // Kept until the next journey opens its own, so that a failure can still be photographed (watchers run after
    // @AfterEach methods).
    private static BrowserContext context;
    private static Page current;

    /** A failed journey leaves a picture of where it stopped, next to the app's log. */
    @RegisterExtension
    final TestWatcher failures = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext test, Throwable cause) {
            if (current != null && !current.isClosed()) {
                current.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target", "journey-failures", test.getDisplayName() + ".png"))
                        .setFullPage(true));
            }
        }
    };

    @BeforeAll
    static void startBrowser() {
        app = RunningApp.shared();
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

    private static Optional<Path> chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }

    @AfterAll
    static void stopBrowser() {
        closeContext();
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static void closeContext() {
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

    void login(Page page, String email) {
        go(page, "/login");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Keeps what the person saw, for the README: docs/screenshots/name-size.png. */
    void screenshot(Page page, String name, Size size) {
        Path directory = Path.of(System.getProperty("sorriso.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name + "-" + size.suffix() + ".png")));
    }

    /** No serious or critical accessibility violation on the page as it stands (axe-core, WCAG 2 A and AA). */
    void assertAccessible(Page page) {
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

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .limit(3)
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }

    /** Waits for a toast whose text contains the given words, and returns its text. */
    String toast(Page page, String contains) {
        var card = page.locator("vaadin-notification-card")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(contains));
        card.first().waitFor();
        return card.first().innerText();
    }
}

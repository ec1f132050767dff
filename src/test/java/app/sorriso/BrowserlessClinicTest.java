package app.sorriso;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Browserless view tests as a browser set to Brazilian Portuguese would see them. The mocked browser reports the
 * JVM's default locale, so it is pinned here instead of depending on the machine running the build.
 */
@ClinicIntegrationTest
public abstract class BrowserlessClinicTest extends SpringBrowserlessTest {

    private Locale machineLocale;

    /** The language of the simulated browser; a test may override it to play a visitor from elsewhere. */
    protected Locale browserLocale() {
        return Locale.forLanguageTag("pt-BR");
    }

    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        machineLocale = Locale.getDefault();
        Locale.setDefault(browserLocale());
        super.initVaadinEnvironment();
    }

    @Override
    @AfterEach
    protected void cleanVaadinEnvironment() {
        super.cleanVaadinEnvironment();
        Locale.setDefault(machineLocale);
    }
}

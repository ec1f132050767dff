package app.sorriso;

import app.sorriso.base.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
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

    /** Asks for a view as a link would; true when the person was shown "not found" instead (the app's refusal). */
    protected boolean refused(Class<? extends Component> view) {
        return refused(null, view);
    }

    /** The same for a view at an address with parameters ({@code patients/12}). */
    protected boolean refused(String location, Class<? extends Component> view) {
        try {
            if (location == null) {
                navigate(view);
            } else {
                navigate(location, view);
            }
        } catch (IllegalArgumentException navigationEndedElsewhere) {
            // browserless reports a navigation that did not reach the asked view this way
        }
        return !view.isInstance(getCurrentView()) && getCurrentView() instanceof NotFoundView;
    }
}

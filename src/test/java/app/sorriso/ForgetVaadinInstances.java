package app.sorriso;

import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts every test with no Vaadin session bound to the thread. Vaadin's security-context strategy reads the
 * logged-in person from the current session when there is one, so a session left behind by an earlier browserless
 * test would hide the context a later test sets up (for instance through {@code SystemTask}).
 */
class ForgetVaadinInstances implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentInstance.clearAll();
    }
}

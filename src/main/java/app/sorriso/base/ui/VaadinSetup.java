package app.sorriso.base.ui;

import app.sorriso.base.i18n.LanguagePreference;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every new session the app's error handler and the language its person chose last time. */
@Component
class VaadinSetup implements VaadinServiceInitListener {

    private final ClinicErrorHandler errorHandler = new ClinicErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setErrorHandler(errorHandler);
            LanguagePreference.restore(init.getSession(), init.getRequest());
        });
    }
}

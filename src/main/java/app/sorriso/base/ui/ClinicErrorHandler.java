package app.sorriso.base.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.DatabaseRefusals;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns failures into something a person can act on. Expected ones (a refused booking, someone else's edit, a
 * forbidden action) become a translated toast; anything else is logged once, with its cause, and the person sees a
 * calm generic message with nothing internal in it.
 */
public class ClinicErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ClinicErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key = messageKeyFor(error);
        Object[] arguments = argumentsFor(error);
        if ("error.unexpected".equals(key)) {
            log.error("Unexpected error in the UI", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Toasts.error(ui.getTranslation(key, arguments)));
        }
    }

    /** The translation key that explains the failure, or {@code error.unexpected} when nothing does. */
    public static String messageKeyFor(Throwable error) {
        Optional<ClinicException> clinic = find(error, ClinicException.class);
        if (clinic.isPresent()) {
            return clinic.get().getMessageKey();
        }
        if (find(error, ConstraintViolationException.class).isPresent()) {
            return "error.invalid";
        }
        if (find(error, ObjectOptimisticLockingFailureException.class).isPresent()) {
            return "error.concurrent-edit";
        }
        if (find(error, AccessDeniedException.class).isPresent()) {
            return "error.access-denied";
        }
        if (find(error, DataIntegrityViolationException.class).isPresent()) {
            return DatabaseRefusals.isOverlap(error) ? "error.overlap" : "error.integrity";
        }
        return "error.unexpected";
    }

    /**
     * What fills the message's blanks: a service's own arguments, or the first broken rule's text (Bean Validation
     * reads it from the same bundles, so a form that let a value through still gets told what is wrong with it).
     */
    public static Object[] argumentsFor(Throwable error) {
        Optional<ClinicException> clinic = find(error, ClinicException.class);
        if (clinic.isPresent()) {
            return clinic.get().getArguments();
        }
        return find(error, ConstraintViolationException.class)
                .flatMap(invalid -> invalid.getConstraintViolations().stream().findFirst())
                .map(violation -> new Object[] {violation.getMessage()})
                .orElse(new Object[0]);
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}

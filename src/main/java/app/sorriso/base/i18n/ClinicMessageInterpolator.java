package app.sorriso.base.i18n;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Bean Validation's messages from the app's bundles: a constraint written {@code message = "{patient.cpf.invalid}"}
 * reads the same text as the rest of the UI, in the user's language. Hibernate Validator's own messages (for
 * {@code @NotBlank} and the like) keep their built-in Portuguese and English translations.
 */
public class ClinicMessageInterpolator extends ResourceBundleMessageInterpolator {

    public ClinicMessageInterpolator() {
        super(new PlatformResourceBundleLocator(ClinicI18NProvider.BUNDLE));
    }
}

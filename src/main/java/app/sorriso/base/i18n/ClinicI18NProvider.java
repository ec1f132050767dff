package app.sorriso.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a user reads, in Brazilian Portuguese (the clinic's language and the default) or English. Lookups never
 * fall back to the JVM's default locale: a missing key shows as {@code !key!} in both languages, which the bundle
 * test catches before a user does.
 */
@Component
public class ClinicI18NProvider implements I18NProvider {

    public static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(ClinicI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(PORTUGUESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to the one asked for; anything that is not English reads Portuguese. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : PORTUGUESE;
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale supported = supported(locale);
        Locale file = supported == ENGLISH ? Locale.ENGLISH : supported;
        return ResourceBundle.getBundle(BUNDLE, file, ClinicI18NProvider.class.getClassLoader(), NO_FALLBACK);
    }
}

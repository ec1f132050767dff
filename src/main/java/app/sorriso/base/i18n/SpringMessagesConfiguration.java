package app.sorriso.base.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's own messages come from the same bundles as the UI's. Spring's validator (which checks the API's requests
 * and the services' entities) resolves {@code {key}} messages through this source, in the request's language, or in
 * Portuguese when the language is not one the clinic speaks. Boot would make one only if a {@code messages.properties}
 * without a language existed, and the bundles deliberately have none.
 */
@Configuration(proxyBeanMethods = false)
class SpringMessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(ClinicI18NProvider.BUNDLE);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(ClinicI18NProvider.PORTUGUESE);
        return messages;
    }
}

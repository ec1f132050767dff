package app.sorriso.base;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Stamps every record with who created and last changed it, and when, on the clinic's clock. Who is answered by the
 * {@code clinicAuditor} bean, which the security module provides, so this module needs no knowledge of accounts.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "clinicAuditor", dateTimeProviderRef = "clinicDateTime")
class AuditingConfiguration {

    @Bean
    DateTimeProvider clinicDateTime(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}

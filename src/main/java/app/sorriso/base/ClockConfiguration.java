package app.sorriso.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in the clinic's zone, so that tests can pin "now". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(ClinicProperties clinic) {
        return Clock.system(clinic.zoneId());
    }
}

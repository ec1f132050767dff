package app.sorriso.security;

import app.sorriso.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The browser's security: Vaadin's configurer guards every view by its access annotation, sends strangers to the
 * login view and ends the session at logout. Health checks stay open for the hosting platform. Services guard their
 * own doors too ({@code @PreAuthorize} on methods; not {@code @RolesAllowed}, which would also proxy the views that
 * carry it), so a view that forgot a check still cannot do harm.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain vaadinSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/images/**", "/styles/**", "/icons/**")
                .permitAll()
                // stored files: any logged-in person may ask; the files module decides whose files they get
                .requestMatchers("/files/**")
                .authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }

    /**
     * Argon2id, memory-hard, is the current recommendation for password storage. The {@code {argon2}} prefix in each
     * hash leaves room to move to a stronger setting later without locking anyone out.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}

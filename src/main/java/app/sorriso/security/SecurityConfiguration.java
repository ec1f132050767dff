package app.sorriso.security;

import app.sorriso.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

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

    /**
     * What the browser may load and run. Vaadin's client engine starts from an inline script and runs the
     * server's JavaScript expressions as constructed functions, and its components (and FullCalendar) inject
     * styles, hence the two "unsafe" sources; everything else comes from this origin only. Framing stays within the
     * app (an exam's PDF shown inside a page), never by another site.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String PERMISSIONS_POLICY = "geolocation=(), microphone=(), payment=()";
    static final int STRICT_TRANSPORT_SECONDS = 31_536_000;
    static final String STRICT_TRANSPORT_SECURITY = "max-age=" + STRICT_TRANSPORT_SECONDS + "; includeSubDomains";

    @Bean
    SecurityFilterChain vaadinSecurity(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.get(REFERRER_POLICY)))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Sent on HTTPS requests only, which in production is every request (behind Railway's proxy).
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(STRICT_TRANSPORT_SECONDS).includeSubDomains(true)));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/images/**", "/styles/**", "/icons/**")
                .permitAll()
                // stored files: any logged-in person may ask; the files module decides whose files they get
                .requestMatchers("/files/**")
                .authenticated());
        // Pages may frame the app's own addresses (a PDF exam shown inside the viewer), never another site's.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }

    /**
     * Spring's publisher of login outcomes, told that a throttled attempt is a failed login too, so the audit trail and
     * the log see it (an exception it does not know would pass unreported).
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(TooManyLoginAttemptsException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
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

package app.sorriso.api;

import app.sorriso.security.ApiTokenService;
import app.sorriso.security.BearerTokenFilter;
import app.sorriso.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's own security, apart from the browser's: stateless (no session, hence no CSRF token to steal), bearer
 * tokens only, and checked before the Vaadin chain so that {@code /api/**} never meets a login page. Which role
 * reaches which path is said here; the services check again for themselves.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, ApiSecurityProblems problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**")
                                .permitAll()
                                .requestMatchers(HttpMethod.POST, "/api/v1/auth/*")
                                .permitAll()
                                .requestMatchers(
                                        HttpMethod.GET,
                                        "/api/v1/specialties",
                                        "/api/v1/professionals",
                                        "/api/v1/professionals/*",
                                        "/api/v1/slots")
                                .permitAll()
                                .requestMatchers("/api/v1/me", "/api/v1/me/**")
                                .hasRole(Roles.PATIENT)
                                .requestMatchers("/api/v1/agenda", "/api/v1/agenda/**")
                                .hasAnyRole(Roles.ADMIN, Roles.RECEPTION, Roles.DENTIST)
                                .requestMatchers("/api/v1/patients", "/api/v1/patients/**")
                                .hasAnyRole(Roles.ADMIN, Roles.RECEPTION)
                                .anyRequest()
                                .authenticated());
        return http.build();
    }

    /** Spring MVC's language for API requests (validation messages); the Vaadin UI keeps its own. */
    @Bean
    LocaleResolver localeResolver() {
        return new ApiLocales();
    }
}

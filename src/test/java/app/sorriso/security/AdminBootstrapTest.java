package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.SorrisoApplication;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A first start on an empty database, in a database of its own on the shared server: the clinic can be logged into
 * at once, and in production only with a password the operator chose.
 */
@ClinicIntegrationTest
class AdminBootstrapTest {

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * Each application started here installs its own security-context strategy in Spring Security's static holder,
     * while the shared test context's method security keeps reading the strategy it started with. Putting the shared
     * one back keeps later tests' logins (SystemTask, signed-in helpers) visible to method security.
     */
    private SecurityContextHolderStrategy sharedStrategy;

    @BeforeEach
    void rememberTheSharedContextsSecurityStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreTheSharedContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    private String emptyDatabase() {
        String name = "bootstrap_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("create database " + name);
        return dataSource.getJdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    /** The application as an operator would start it; arguments outrank application.properties, as in real use. */
    private ConfigurableApplicationContext start(String url, String profile, String password) {
        return new SpringApplicationBuilder(SorrisoApplication.class)
                .run(
                        "--spring.profiles.active=" + profile,
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--sorriso.demo.enabled=false",
                        "--sorriso.admin.email=Dona@Clinica.test",
                        "--sorriso.admin.name=Dona da Clínica",
                        "--sorriso.admin.password=" + password,
                        // prod also requires the API's signing secret; this test is about the admin's password.
                        "--sorriso.api.tokens.secret=admin-bootstrap-test-secret-5e1f0c7a9b3d8246");
    }

    @Test
    void an_empty_database_gets_the_configured_admin_with_the_configured_password() {
        String url = emptyDatabase();

        try (ConfigurableApplicationContext context = start(url, "default", "a escolha da dona")) {
            UserAccount admin = context.getBean(UserAccountService.class)
                    .findByEmail("dona@clinica.test")
                    .orElseThrow();
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                            .matches("a escolha da dona", admin.getPasswordHash()))
                    .isTrue();
        }
    }

    @Test
    void production_refuses_to_invent_a_password_for_the_first_admin() {
        String url = emptyDatabase();

        assertThatThrownBy(() -> start(url, "prod", "").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SORRISO_ADMIN_PASSWORD");
    }
}

package app.sorriso.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh installation can be logged into: on an empty database it creates the first admin from
 * configuration. In {@code prod} the password must be given; elsewhere a random one is generated and logged once.
 * Runs after the demo data, which brings its own admin.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountService accounts;
    private final Environment environment;
    private final String email;
    private final String name;
    private final String password;

    AdminBootstrap(
            UserAccountService accounts,
            Environment environment,
            @Value("${sorriso.admin.email}") String email,
            @Value("${sorriso.admin.name}") String name,
            @Value("${sorriso.admin.password:}") String password) {
        this.accounts = accounts;
        this.environment = environment;
        this.email = email;
        this.name = name;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAnyAccount()) {
            return;
        }
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (password.isBlank() && prod) {
            throw new IllegalStateException("The database has no accounts yet: set SORRISO_ADMIN_PASSWORD "
                    + "(at least " + PasswordPolicy.MIN_LENGTH + " characters) for the first admin.");
        }
        String chosen = password.isBlank() ? randomPassword() : password;
        SystemTask.run(() -> accounts.create(name, email, chosen, Role.ADMIN));
        if (password.isBlank()) {
            log.warn(
                    "Created the first admin {} with the generated password {} (set SORRISO_ADMIN_PASSWORD to "
                            + "choose one)",
                    email,
                    chosen);
        } else {
            log.info("Created the first admin {}", email);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

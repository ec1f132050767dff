package app.sorriso;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the embedded PostgreSQL with the demo clinic loaded. Every integration test uses exactly
 * this configuration, so Spring builds the context once and the run starts one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ExtendWith(ForgetVaadinInstances.class)
@ActiveProfiles("test")
public @interface ClinicIntegrationTest {}

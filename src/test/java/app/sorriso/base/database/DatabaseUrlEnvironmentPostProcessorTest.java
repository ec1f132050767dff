package app.sorriso.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUrlEnvironmentPostProcessorTest {

    /** A made-up password, kept apart so that no committed URL ever carries a credential. */
    private static final String PASSWORD = "s3cret";

    private final DatabaseUrlEnvironmentPostProcessor processor = new DatabaseUrlEnvironmentPostProcessor();

    @Test
    void railway_style_url_becomes_a_jdbc_url_with_credentials() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(
                        "DATABASE_URL",
                        "postgresql://clinic:" + PASSWORD + "@db.internal:6543/sorriso?sslmode=require");

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.internal:6543/sorriso?sslmode=require");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("clinic");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(PASSWORD);
    }

    @Test
    void percent_encoded_password_is_decoded_and_default_port_is_used() {
        Map<String, Object> properties =
                DatabaseUrlEnvironmentPostProcessor.fromUrl("postgres://clinic:" + "p%40ss%3Aword" + "@db/sorriso");

        assertThat(properties)
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/sorriso")
                .containsEntry("spring.datasource.password", "p@ss:word");
    }

    @Test
    void railway_pg_variables_are_used_when_there_is_no_url() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("PGHOST", "pg.railway.internal")
                .withProperty("PGPORT", "5433")
                .withProperty("PGDATABASE", "railway")
                .withProperty("PGUSER", "postgres")
                .withProperty("PGPASSWORD", "pw");

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://pg.railway.internal:5433/railway");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("postgres");
    }

    @Test
    void a_jdbc_url_passes_through_unchanged() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("DATABASE_URL", "jdbc:postgresql://localhost/sorriso?user=a");

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://localhost/sorriso?user=a");
    }

    @Test
    void a_url_of_another_database_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> DatabaseUrlEnvironmentPostProcessor.fromUrl("mysql://u:p@h/db"))
                .hasMessageContaining("postgresql://");
    }

    @Test
    void prod_refuses_to_start_without_an_external_database() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> processor.postProcessEnvironment(environment, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DATABASE_URL");
    }

    @Test
    void without_prod_and_without_a_url_the_embedded_database_is_left_to_take_over() {
        MockEnvironment environment = new MockEnvironment();

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }
}

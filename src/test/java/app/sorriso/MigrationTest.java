package app.sorriso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema as Flyway builds it (Hibernate validated the entities against it when the context started): the rules
 * that must hold for every writer are the database's own.
 */
@ClinicIntegrationTest
class MigrationTest {

    private static final String INSERT_ACCOUNT =
            "insert into user_account (name, email, password_hash, role) values ('A', ?, 'x', 'ADMIN')";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClinic clinic;

    @Test
    void every_migration_applied_successfully() {
        List<Boolean> outcomes = jdbc.queryForList("select success from flyway_schema_history", Boolean.class);

        assertThat(outcomes).isNotEmpty().containsOnly(true);
    }

    @Test
    void the_whole_data_model_exists() {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public'", String.class);

        assertThat(tables)
                .contains(
                        "user_account",
                        "patient",
                        "professional",
                        "working_hours",
                        "time_off",
                        "appointment",
                        "treatment_plan",
                        "treatment_step",
                        "payment",
                        "file_upload",
                        "audit_event");
    }

    @Test
    void overlap_of_live_appointments_is_an_exclusion_constraint_for_professional_and_patient() {
        List<String> constraints = jdbc.queryForList(
                "select conname from pg_constraint where contype = 'x' and conrelid = 'appointment'::regclass",
                String.class);

        assertThat(constraints)
                .containsExactlyInAnyOrder("appointment_professional_no_overlap", "appointment_patient_no_overlap");
    }

    @Test
    void e_mail_is_unique_regardless_of_case() {
        jdbc.update(INSERT_ACCOUNT, "Case@Test.dev");

        assertThatThrownBy(() -> jdbc.update(INSERT_ACCOUNT, "case@test.DEV"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void cpf_is_unique() {
        String cpf = clinic.newPatient().getCpf();

        assertThatThrownBy(() -> jdbc.update(
                        "insert into patient (full_name, cpf, birth_date) values ('Outra', ?, date '1980-01-01')", cpf))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_tooth_outside_fdi_notation_is_refused() {
        long patient = clinic.newPatient().getId();
        long professional = clinic.newProfessional().getId();
        Long plan = jdbc.queryForObject(
                "insert into treatment_plan (patient_id, professional_id, name, status) "
                        + "values (?, ?, 'Plano', 'DRAFT') returning id",
                Long.class,
                patient,
                professional);

        jdbc.update("insert into treatment_step (plan_id, position, description, tooth) values (?, 0, 'Ok', 85)", plan);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into treatment_step (plan_id, position, description, tooth) values (?, 1, 'Bad', 19)",
                        plan))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void search_text_ignores_accents_and_case() {
        assertThat(jdbc.queryForObject("select clinic_search_text('João Conceição')", String.class))
                .isEqualTo("joao conceicao");
    }
}

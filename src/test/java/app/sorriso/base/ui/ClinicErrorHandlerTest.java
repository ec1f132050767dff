package app.sorriso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.base.ClinicException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Which message a person reads for each kind of failure. */
class ClinicErrorHandlerTest {

    @Test
    void a_refusal_from_a_service_is_shown_in_its_own_words() {
        RuntimeException wrapped = new RuntimeException(new ClinicException("appointment.conflict.patient", "x"));

        assertThat(ClinicErrorHandler.messageKeyFor(wrapped)).isEqualTo("appointment.conflict.patient");
    }

    @Test
    void someone_elses_edit_is_explained_as_such() {
        assertThat(ClinicErrorHandler.messageKeyFor(new ObjectOptimisticLockingFailureException(Object.class, 1L)))
                .isEqualTo("error.concurrent-edit");
    }

    @Test
    void an_overlap_refused_by_the_database_reads_as_a_taken_time() {
        SQLException exclusion = new SQLException("conflicting key value", "23P01");

        assertThat(ClinicErrorHandler.messageKeyFor(new DataIntegrityViolationException("overlap", exclusion)))
                .isEqualTo("error.overlap");
        assertThat(ClinicErrorHandler.messageKeyFor(
                        new DataIntegrityViolationException("fk", new SQLException("fk", "23503"))))
                .isEqualTo("error.integrity");
    }

    @Test
    void a_forbidden_action_says_so_and_anything_else_stays_generic() {
        assertThat(ClinicErrorHandler.messageKeyFor(new AccessDeniedException("no")))
                .isEqualTo("error.access-denied");
        assertThat(ClinicErrorHandler.messageKeyFor(new NullPointerException("internal detail")))
                .isEqualTo("error.unexpected");
    }

    @Test
    void a_value_a_service_refuses_by_its_rules_is_named_with_the_rules_own_words() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        ConstraintViolationException invalid =
                new ConstraintViolationException(validator.validate(new Named("x".repeat(20))));

        assertThat(ClinicErrorHandler.messageKeyFor(new RuntimeException(invalid)))
                .isEqualTo("error.invalid");
        assertThat(ClinicErrorHandler.argumentsFor(invalid)).containsExactly("at most ten");
    }

    record Named(@Size(max = 10, message = "at most ten") String name) {}
}

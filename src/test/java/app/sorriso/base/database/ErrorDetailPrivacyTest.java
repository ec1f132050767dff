package app.sorriso.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.patients.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A refused row's values (a CPF, say) stay out of exception messages, and so out of the logs. */
@ClinicIntegrationTest
class ErrorDetailPrivacyTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClinic clinic;

    @Test
    void a_duplicate_cpf_is_refused_without_repeating_the_cpf() {
        Patient existing = clinic.newPatient();

        Throwable refusal = catchThrowable(() -> jdbc.sql(
                        "insert into patient (full_name, cpf, birth_date) values ('Cópia', ?, date '1990-01-01')")
                .param(existing.getCpf())
                .update());

        assertThat(refusal).isNotNull();
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(existing.getCpf());
        }
        assertThat(refusal).hasMessageContaining("patient_cpf");
    }
}

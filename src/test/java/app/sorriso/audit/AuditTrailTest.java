package app.sorriso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.patients.Patient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The administrator's reading of the whole trail: newest first, filtered in SQL, and nobody else's to read. */
@ClinicIntegrationTest
class AuditTrailTest {

    @Autowired
    AuditService audit;

    @Autowired
    TestClinic clinic;

    @Autowired
    Clock clock;

    @Test
    void the_trail_is_filtered_by_kind_and_person_and_names_the_patient_each_line_is_about() {
        String someone = "auditoria." + UUID.randomUUID() + "@teste.sorriso";
        Patient patient = clinic.newPatient();
        audit.recordLogin(false, null, someone, "BadCredentialsException");
        audit.recordLogin(false, null, someone, "BadCredentialsException");
        clinic.as("admin@sorriso.demo", () -> audit.record(AuditAction.PATIENT_VIEWED, patient.getId(), null));
        LocalDate today = LocalDate.now(clock);

        List<AuditLine> failures = clinic.as(
                "admin@sorriso.demo",
                () -> audit.search(new AuditTrailFilter(today, today, AuditAction.LOGIN_FAILED, someone), 0, 50));
        List<AuditLine> opened = clinic.as(
                "admin@sorriso.demo",
                () -> audit.search(
                        new AuditTrailFilter(today, today, AuditAction.PATIENT_VIEWED, "admin@sorriso"), 0, 1));

        assertThat(failures).hasSize(2).allSatisfy(line -> {
            assertThat(line.actorEmail()).isEqualTo(someone);
            assertThat(line.patientId()).isNull();
        });
        assertThat(failures.get(0).id()).isGreaterThan(failures.get(1).id());
        assertThat(opened).singleElement().satisfies(line -> {
            assertThat(line.patientId()).isEqualTo(patient.getId());
            assertThat(line.patientName()).isEqualTo(patient.getFullName());
        });
        assertThat(clinic.as(
                        "admin@sorriso.demo",
                        () -> audit.count(new AuditTrailFilter(today, today, AuditAction.LOGIN_FAILED, someone))))
                .isEqualTo(2);
    }

    @Test
    void days_outside_the_period_and_wildcards_typed_as_text_select_nothing() {
        LocalDate today = LocalDate.now(clock);
        audit.recordLogin(false, null, "curinga." + UUID.randomUUID() + "@teste.sorriso", "BadCredentialsException");

        long yesterday = clinic.as(
                "admin@sorriso.demo",
                () -> audit.count(new AuditTrailFilter(
                        today.minusDays(1), today.minusDays(1), AuditAction.LOGIN_FAILED, "curinga.")));
        long wildcard =
                clinic.as("admin@sorriso.demo", () -> audit.count(new AuditTrailFilter(today, today, null, "%")));
        List<AuditLine> streamed = new ArrayList<>();
        clinic.as(
                "admin@sorriso.demo",
                () -> audit.forEach(new AuditTrailFilter(today, today, null, "curinga."), streamed::add));

        assertThat(yesterday).isZero();
        assertThat(wildcard).isZero();
        assertThat(streamed).extracting(AuditLine::action).contains(AuditAction.LOGIN_FAILED);
    }

    @Test
    void only_the_administrator_reads_the_whole_trail() {
        AuditTrailFilter any = new AuditTrailFilter(null, null, null, null);
        for (String login : List.of("recepcao@sorriso.demo", "dentista@sorriso.demo", "paciente@sorriso.demo")) {
            assertThatThrownBy(() -> clinic.as(login, () -> audit.search(any, 0, 10)))
                    .as(login)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> clinic.as(login, () -> audit.count(any)))
                    .as(login)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }
}

package app.sorriso.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.base.ClinicException;
import app.sorriso.patients.PatientService.Removal;
import app.sorriso.security.SystemTask;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ClinicIntegrationTest
@WithUserDetails("recepcao@sorriso.demo")
class PatientServiceTest {

    @Autowired
    PatientService patients;

    @Autowired
    TestClinic clinic;

    @Autowired
    JdbcTemplate jdbc;

    private static String newCpf() {
        return Cpf.random(ThreadLocalRandom.current());
    }

    private List<String> namesFound(String text) {
        return patients.search(new PatientSearch(text, null, false), PageRequest.of(0, 50)).stream()
                .map(Patient::getFullName)
                .toList();
    }

    @Test
    void search_ignores_accents_and_case_and_word_order() {
        patients.save(new Patient("João Conceição da Silva", newCpf(), LocalDate.of(1985, 3, 2)));

        assertThat(namesFound("joao")).contains("João Conceição da Silva");
        assertThat(namesFound("CONCEICAO joão")).contains("João Conceição da Silva");
        assertThat(namesFound("silva joao")).contains("João Conceição da Silva");
        assertThat(namesFound("joana conceicao")).doesNotContain("João Conceição da Silva");
    }

    @Test
    void search_finds_a_patient_by_the_first_digits_of_the_cpf_or_any_digits_of_the_phone() {
        Patient patient = new Patient("Rita Busca Numérica", newCpf(), LocalDate.of(1970, 1, 1));
        patient.setPhone("(21) 99876-1234");
        patients.save(patient);

        assertThat(namesFound(Cpf.format(patient.getCpf()).substring(0, 7))).contains("Rita Busca Numérica");
        assertThat(namesFound("99876-1234")).contains("Rita Busca Numérica");
        assertThat(namesFound("(21) 998")).contains("Rita Busca Numérica");
    }

    @Test
    void a_cpf_with_wrong_check_digits_is_refused_on_the_cpf_field() {
        Patient patient = new Patient("Teste Cpf", "529.982.247-24", LocalDate.of(1990, 1, 1));

        assertThatThrownBy(() -> patients.save(patient)).isInstanceOfSatisfying(ClinicException.class, refusal -> {
            assertThat(refusal.getField()).contains("cpf");
            assertThat(refusal.getMessageKey()).isEqualTo("patient.cpf.invalid");
        });
    }

    @Test
    void a_cpf_that_is_already_registered_is_refused_on_the_cpf_field_and_nothing_is_written() {
        String cpf = clinic.newPatient().getCpf();
        long before = patients.count();

        assertThatThrownBy(() -> patients.save(new Patient("Outra Pessoa", cpf, LocalDate.of(1991, 1, 1))))
                .isInstanceOfSatisfying(ClinicException.class, refusal -> {
                    assertThat(refusal.getField()).contains("cpf");
                    assertThat(refusal.getMessageKey()).isEqualTo("patient.cpf.taken");
                });
        assertThat(patients.count()).isEqualTo(before);
    }

    @Test
    void phones_are_kept_as_national_digits_whatever_the_punctuation() {
        Patient patient = new Patient("Telefone Formatado", newCpf(), LocalDate.of(1999, 9, 9));
        patient.setPhone("+55 (11) 98765-4321");

        assertThat(patients.save(patient).getPhone()).isEqualTo("11987654321");
    }

    @Test
    void saving_a_copy_that_someone_else_changed_meanwhile_is_refused_and_keeps_their_change() {
        Patient saved = patients.save(new Patient("Edição Concorrente", newCpf(), LocalDate.of(1980, 1, 1)));
        Patient mine = patients.findById(saved.getId()).orElseThrow();
        Patient theirs = patients.findById(saved.getId()).orElseThrow();
        theirs.setNotes("Alterado pela outra recepcionista");
        patients.save(theirs);

        mine.setNotes("Minha alteração");

        assertThatThrownBy(() -> patients.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(patients.findById(saved.getId()).orElseThrow().getNotes())
                .isEqualTo("Alterado pela outra recepcionista");
    }

    @Test
    void the_address_is_kept_whole_and_a_cep_keeps_only_its_digits() {
        Patient patient = new Patient("Endereço Completo", newCpf(), LocalDate.of(1993, 3, 3));
        patient.getAddress().setZipCode("01310-100");
        patient.getAddress().setStreet("Avenida Paulista");
        patient.getAddress().setAddressNumber("1000");
        patient.getAddress().setCity("São Paulo");

        Patient stored = patients.findById(patients.save(patient).getId()).orElseThrow();

        assertThat(stored.getAddress().getZipCode()).isEqualTo("01310100");
        assertThat(stored.getAddress().asLine()).isEqualTo("Avenida Paulista · 1000 · São Paulo · 01310-100");
    }

    @Test
    void a_patient_without_history_is_deleted() {
        Patient patient = patients.save(new Patient("Sem Histórico", newCpf(), LocalDate.of(2000, 2, 2)));

        assertThat(patients.remove(patient.getId())).isEqualTo(Removal.DELETED);
        assertThat(patients.findById(patient.getId())).isEmpty();
    }

    @Test
    void a_patient_with_history_is_only_deactivated_and_can_come_back() {
        Patient patient = clinic.newPatient();
        jdbc.update(
                "insert into payment (patient_id, description, amount, due_date, status) "
                        + "values (?, 'Consulta', 150.00, current_date, 'PENDING')",
                patient.getId());

        assertThat(patients.remove(patient.getId())).isEqualTo(Removal.DEACTIVATED);
        assertThat(patients.findById(patient.getId()))
                .get()
                .extracting(Patient::isActive)
                .isEqualTo(false);
        assertThat(patients.reactivate(patient.getId()).isActive()).isTrue();
    }

    @Test
    void every_opening_and_change_of_a_record_is_in_the_audit_trail_with_who_did_it() {
        Patient patient = patients.save(new Patient("Trilha de Auditoria", newCpf(), LocalDate.of(1975, 5, 5)));
        patients.open(patient.getId());
        patient.setAllergies("Látex");
        patients.save(patient);

        List<String> trail = jdbc.queryForList(
                "select action || ':' || actor_email || ':' || coalesce(detail, '') "
                        + "from audit_event where patient_id = ? order by id",
                String.class,
                patient.getId());

        assertThat(trail)
                .containsExactly(
                        "PATIENT_CREATED:recepcao@sorriso.demo:",
                        "PATIENT_VIEWED:recepcao@sorriso.demo:",
                        "PATIENT_UPDATED:recepcao@sorriso.demo:allergies");
        Long createdBy =
                jdbc.queryForObject("select created_by from patient where id = ?", Long.class, patient.getId());
        assertThat(createdBy)
                .isEqualTo(jdbc.queryForObject(
                        "select id from user_account where email = 'recepcao@sorriso.demo'", Long.class));
    }

    @Test
    void consent_confirmed_at_the_desk_is_stamped_with_time_and_notice_version_and_never_withdrawn_by_the_form() {
        Patient patient = new Patient("Consentimento Balcão", newCpf(), LocalDate.of(1988, 8, 8));
        patient.setConsentGiven(true);

        Patient saved = patients.save(patient);
        assertThat(saved.getConsentAt()).isNotNull();
        assertThat(saved.getConsentVersion()).isEqualTo("2026-01");

        saved.setConsentGiven(false);
        assertThat(patients.save(saved).getConsentAt()).isNotNull();
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_reads_records_but_cannot_change_them() {
        assertThat(patients.search(PatientSearch.all(), PageRequest.of(0, 5))).isNotEmpty();

        Patient patient = new Patient("Dentista Não Edita", newCpf(), LocalDate.of(1990, 1, 1));
        assertThatThrownBy(() -> patients.save(patient)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_search_other_patients() {
        assertThatThrownBy(() -> patients.search(PatientSearch.all(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_upcoming_appointment_filter_keeps_only_patients_with_a_live_appointment_ahead() {
        long withUpcoming = patients.count(new PatientSearch("", true, true));
        long all = patients.count(new PatientSearch("", true, false));

        assertThat(withUpcoming).isPositive().isLessThan(all);
        SystemTask.run(() -> assertThat(jdbc.queryForObject(
                        "select count(*) from patient p where p.active and exists (select 1 from appointment a "
                                + "where a.patient_id = p.id and a.starts_at > now() "
                                + "and a.status in ('REQUESTED', 'SCHEDULED', 'CONFIRMED', 'CHECKED_IN'))",
                        Long.class))
                .isEqualTo(withUpcoming));
    }
}

package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.base.ClinicException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's staff management, on the demo clinic's database, acting as its administrator. */
@ClinicIntegrationTest
@WithUserDetails("admin@sorriso.demo")
class StaffAccountServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    StaffAccountService staff;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    static StaffAccountDraft draft(String name, Role role) {
        StaffAccountDraft draft = new StaffAccountDraft();
        draft.setName(name);
        draft.setEmail("staff" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@test.dev");
        draft.setRole(role);
        draft.setTemporaryPassword("temporaria-123");
        return draft;
    }

    static ClinicException refusal(Throwable error) {
        return (ClinicException) error;
    }

    @Test
    void a_new_staff_account_logs_in_with_a_temporary_password_it_must_replace() {
        UserAccount created = staff.create(draft("Marta Reis", Role.RECEPTION));

        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(created.isEnabled()).isTrue();
        assertThat(created.getRole()).isEqualTo(Role.RECEPTION);
    }

    @Test
    void editing_changes_the_name_the_e_mail_and_the_role() {
        UserAccount created = staff.create(draft("Caio Nunes", Role.RECEPTION));
        StaffAccountDraft edit = StaffAccountDraft.of(created);
        edit.setName("Caio Nunes Filho");
        edit.setEmail(" Caio.Filho." + created.getId() + "@Test.dev ");
        edit.setRole(Role.DENTIST);

        UserAccount saved = staff.update(edit);

        assertThat(saved.getName()).isEqualTo("Caio Nunes Filho");
        assertThat(saved.getEmail()).isEqualTo("caio.filho." + created.getId() + "@test.dev");
        assertThat(saved.getRole()).isEqualTo(Role.DENTIST);
    }

    @Test
    void an_edit_over_someone_elses_change_is_refused() {
        UserAccount created = staff.create(draft("Rita Alves", Role.RECEPTION));
        StaffAccountDraft first = StaffAccountDraft.of(created);
        StaffAccountDraft second = StaffAccountDraft.of(created);
        first.setName("Rita Alves Costa");
        staff.update(first);

        second.setName("Rita A.");

        assertThatThrownBy(() -> staff.update(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void a_disabled_account_can_be_enabled_again() {
        UserAccount created = staff.create(draft("Davi Rocha", Role.DENTIST));

        assertThat(staff.disable(created.getId()).isEnabled()).isFalse();
        assertThat(staff.enable(created.getId()).isEnabled()).isTrue();
    }

    @Test
    void an_e_mail_already_in_use_is_refused_on_the_e_mail_field_in_any_case() {
        StaffAccountDraft duplicate = draft("Outra Pessoa", Role.RECEPTION);
        duplicate.setEmail("Paciente@Sorriso.Demo");

        assertThatThrownBy(() -> staff.create(duplicate)).satisfies(error -> {
            assertThat(refusal(error).getField()).contains("email");
            assertThat(refusal(error).getMessageKey()).isEqualTo("account.email-taken");
        });
    }

    @Test
    void a_short_temporary_password_is_refused_on_its_field() {
        StaffAccountDraft draft = draft("Leo Dias", Role.RECEPTION);
        draft.setTemporaryPassword("curta");

        assertThatThrownBy(() -> staff.create(draft))
                .satisfies(error -> assertThat(refusal(error).getField()).contains("temporaryPassword"));
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        long self = accounts.findByEmail("admin@sorriso.demo").orElseThrow().getId();

        assertThatThrownBy(() -> staff.disable(self))
                .satisfies(error -> assertThat(refusal(error).getMessageKey()).isEqualTo("staff.disable-self"));
    }

    @Test
    @Transactional
    void the_last_enabled_admin_can_be_neither_demoted_nor_disabled() {
        jdbc.update("update user_account set enabled = false where role = 'ADMIN' and email <> 'admin@sorriso.demo'");
        UserAccount lastAdmin = accounts.findByEmail("admin@sorriso.demo").orElseThrow();
        StaffAccountDraft demotion = StaffAccountDraft.of(lastAdmin);
        demotion.setRole(Role.RECEPTION);

        assertThatThrownBy(() -> staff.update(demotion))
                .satisfies(error -> assertThat(refusal(error).getMessageKey()).isEqualTo("staff.last-admin.demote"));
        assertThatThrownBy(() -> SystemTask.run(() -> staff.disable(lastAdmin.getId())))
                .satisfies(error -> assertThat(refusal(error).getMessageKey()).isEqualTo("staff.last-admin.disable"));
    }

    @Test
    void the_search_finds_staff_by_part_of_the_e_mail_and_never_lists_patients() {
        var byEmail = staff.search("RECEPCAO", null, PageRequest.of(0, 20));
        var everyone = staff.search("", null, PageRequest.of(0, 500));
        var dentists = staff.search("", Role.DENTIST, PageRequest.of(0, 500));

        assertThat(byEmail.map(UserAccount::getEmail))
                .contains("recepcao@sorriso.demo", "recepcao2@sorriso.demo")
                .allMatch(email -> email.contains("recepcao"));
        assertThat(everyone.map(UserAccount::getRole)).doesNotContain(Role.PATIENT);
        assertThat(dentists.map(UserAccount::getRole)).containsOnly(Role.DENTIST);
        assertThat(staff.search("100%_", null, PageRequest.of(0, 20))).isEmpty();
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void reception_cannot_use_the_administrators_methods() {
        assertThatThrownBy(() -> staff.create(draft("Intrusa", Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.search("", null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create("Intrusa", "intrusa@test.dev", "senha-longa-1", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }
}

package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.base.ClinicException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@ClinicIntegrationTest
@WithMockUser(roles = Roles.ADMIN)
class UserAccountServiceTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void passwords_are_stored_only_as_argon2_hashes() {
        accounts.create("Lia Souza", "lia.souza@test.dev", "uma senha comprida", Role.RECEPTION);

        String stored = jdbc.queryForObject(
                "select password_hash from user_account where email = ?", String.class, "lia.souza@test.dev");

        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain("uma senha comprida");
    }

    @Test
    void e_mails_are_kept_in_lower_case_and_a_second_account_with_the_same_one_is_refused() {
        UserAccount account = accounts.create("Rui Lima", " Rui.Lima@Test.dev ", "senha-segura-1", Role.DENTIST);

        assertThat(account.getEmail()).isEqualTo("rui.lima@test.dev");
        assertThatThrownBy(() -> accounts.create("Outro", "RUI.LIMA@test.dev", "senha-segura-2", Role.PATIENT))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        error -> assertThat(error.getMessageKey()).isEqualTo("account.email-taken"));
    }

    @Test
    void a_short_password_is_refused_before_anything_is_written() {
        long before = jdbc.queryForObject("select count(*) from user_account", Long.class);

        assertThatThrownBy(() -> accounts.create("Ana", "ana.curta@test.dev", "curta", Role.PATIENT))
                .isInstanceOf(ClinicException.class);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class))
                .isEqualTo(before);
    }
}

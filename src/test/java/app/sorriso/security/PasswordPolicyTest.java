package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.base.ClinicException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void seven_characters_are_too_few() {
        assertThatThrownBy(() -> PasswordPolicy.check("abcdefg"))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        error -> org.assertj.core.api.Assertions.assertThat(error.getMessageKey())
                                .isEqualTo("password.too-short"));
    }

    @Test
    void eight_characters_of_any_kind_are_enough() {
        assertThatCode(() -> PasswordPolicy.check("abcdefgh")).doesNotThrowAnyException();
    }

    @Test
    void a_long_passphrase_with_spaces_and_accents_is_welcome() {
        assertThatCode(() -> PasswordPolicy.check("minha avó faz o melhor pão de queijo de Minas Gerais"))
                .doesNotThrowAnyException();
    }

    @Test
    void characters_are_counted_as_people_see_them() {
        String sevenFaces = "😀".repeat(7);

        assertThatThrownBy(() -> PasswordPolicy.check(sevenFaces)).isInstanceOf(ClinicException.class);
        assertThatCode(() -> PasswordPolicy.check(sevenFaces + "😀")).doesNotThrowAnyException();
    }

    @Test
    void an_absurdly_long_password_is_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(PasswordPolicy.MAX_LENGTH + 1)))
                .isInstanceOf(ClinicException.class);
    }

    @Test
    void one_of_the_passwords_everybody_tries_first_is_refused_whatever_its_case() {
        assertThatThrownBy(() -> PasswordPolicy.check("Senha123"))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        error -> org.assertj.core.api.Assertions.assertThat(error.getMessageKey())
                                .isEqualTo("password.too-common"));
        assertThatThrownBy(() -> PasswordPolicy.check("12345678")).isInstanceOf(ClinicException.class);
        assertThatCode(() -> PasswordPolicy.check("senha do ipê roxo")).doesNotThrowAnyException();
    }
}

package app.sorriso.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpfTest {

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-25", "52998224725", "111.444.777-35"})
    void real_check_digits_are_accepted_with_or_without_punctuation(String cpf) {
        assertThat(Cpf.isValid(cpf)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-24", "52998224715", "1234567890", "123456789012", "", "abc"})
    void wrong_check_digits_or_lengths_are_refused(String cpf) {
        assertThat(Cpf.isValid(cpf)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.000.000-00", "111.111.111-11", "99999999999"})
    void all_equal_digits_are_refused_although_the_arithmetic_passes(String cpf) {
        assertThat(Cpf.isValid(cpf)).isFalse();
    }

    @Test
    void cpf_is_shown_the_brazilian_way() {
        assertThat(Cpf.format("52998224725")).isEqualTo("529.982.247-25");
    }

    @Test
    void generated_cpfs_are_valid() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(Cpf.isValid(Cpf.random(random))).isTrue();
        }
    }
}

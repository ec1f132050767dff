package app.sorriso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvatarsTest {

    @Test
    void initials_skip_professional_titles_and_middle_names() {
        assertThat(Avatars.initials("Dra. Helena Martins")).isEqualTo("HM");
        assertThat(Avatars.initials("Mariana Oliveira Santos")).isEqualTo("MS");
        assertThat(Avatars.initials("  Ana ")).isEqualTo("A");
        assertThat(Avatars.initials("")).isEmpty();
    }
}

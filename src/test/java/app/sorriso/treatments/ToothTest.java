package app.sorriso.treatments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ToothTest {

    @Test
    void the_chart_holds_32_permanent_and_20_primary_teeth_in_fdi_order() {
        assertThat(Tooth.ALL).hasSize(52);
        assertThat(Tooth.PERMANENT_UPPER.stream().map(Tooth::number))
                .containsExactly(18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28);
        assertThat(Tooth.PRIMARY_UPPER.stream().map(Tooth::number))
                .containsExactly(55, 54, 53, 52, 51, 61, 62, 63, 64, 65);
        assertThat(Tooth.PRIMARY_LOWER.stream().map(Tooth::number))
                .containsExactly(85, 84, 83, 82, 81, 71, 72, 73, 74, 75);
        assertThat(Tooth.PERMANENT_LOWER.stream().map(Tooth::number))
                .containsExactly(48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38);
    }

    @Test
    void numbers_outside_fdi_are_not_teeth() {
        assertThat(Tooth.isValid(19)).isFalse();
        assertThat(Tooth.isValid(56)).isFalse();
        assertThat(Tooth.isValid(90)).isFalse();
        assertThat(Tooth.isValid(10)).isFalse();
        assertThat(Tooth.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Tooth(49)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tooth_knows_its_arch_side_and_kind() {
        Tooth upperRightFirstMolar = new Tooth(16);
        Tooth lowerLeftPrimaryCanine = new Tooth(73);

        assertThat(upperRightFirstMolar.isUpper()).isTrue();
        assertThat(upperRightFirstMolar.isOnPatientsRight()).isTrue();
        assertThat(upperRightFirstMolar.kindKey()).isEqualTo("tooth.kind.permanent.6");
        assertThat(lowerLeftPrimaryCanine.isUpper()).isFalse();
        assertThat(lowerLeftPrimaryCanine.isOnPatientsRight()).isFalse();
        assertThat(lowerLeftPrimaryCanine.isPrimary()).isTrue();
        assertThat(lowerLeftPrimaryCanine.isAnterior()).isTrue();
    }

    @Test
    void surfaces_are_written_in_chart_order_whatever_order_they_were_picked() {
        assertThat(Surface.join(EnumSet.of(Surface.D, Surface.M, Surface.O))).isEqualTo("MOD");
        assertThat(Surface.parse("dom")).containsExactly(Surface.M, Surface.O, Surface.D);
        assertThat(Surface.join(EnumSet.noneOf(Surface.class))).isNull();
    }
}

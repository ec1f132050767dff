package app.sorriso.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClinicFormatsTest {

    @Test
    void money_is_written_in_reais_with_brazilian_separators() {
        assertThat(ClinicFormats.money(new BigDecimal("1234.56"))).isEqualTo("R$ 1.234,56");
        assertThat(ClinicFormats.money(new BigDecimal("0.5"))).isEqualTo("R$ 0,50");
    }

    @Test
    void dates_are_day_month_year() {
        assertThat(ClinicFormats.date(LocalDate.of(2026, 12, 3))).isEqualTo("03/12/2026");
    }
}

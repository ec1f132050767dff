package app.sorriso.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Dates a record can hold: ten years either side of today, the edges included, a slip of the keyboard refused. */
class ClinicDatesTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-12-04T15:00:00Z"), ZoneId.of("America/Sao_Paulo"));

    @Test
    void the_edges_of_the_reach_are_accepted() {
        assertThat(ClinicDates.requireWithinReach(LocalDate.of(2016, 12, 4), clock, "dueDate"))
                .isEqualTo(LocalDate.of(2016, 12, 4));
        assertThat(ClinicDates.requireWithinReach(LocalDate.of(2036, 12, 4), clock, "dueDate"))
                .isEqualTo(LocalDate.of(2036, 12, 4));
        assertThat(ClinicDates.requireWithinReach((LocalDate) null, clock, "dueDate"))
                .isNull();
    }

    @Test
    void a_year_typed_wrong_is_refused_on_its_field_with_the_dates_allowed() {
        assertThatThrownBy(() -> ClinicDates.requireWithinReach(LocalDate.of(1, 1, 1), clock, "dueDate"))
                .isInstanceOfSatisfying(ClinicException.class, refused -> {
                    assertThat(refused.getField()).contains("dueDate");
                    assertThat(refused.getMessageKey()).isEqualTo("form.date.out-of-range");
                    assertThat(refused.getArguments()).containsExactly("04/12/2016", "04/12/2036");
                });
        assertThatThrownBy(() -> ClinicDates.requireWithinReach(LocalDate.of(2036, 12, 5), clock, "plannedDate"))
                .isInstanceOf(ClinicException.class);
    }

    @Test
    void a_moment_is_read_as_a_day_in_the_clinics_time_zone() {
        // 02:00 UTC on 5 December 2036 is still the 4th in São Paulo: the last day allowed
        assertThat(ClinicDates.requireWithinReach(Instant.parse("2036-12-05T02:00:00Z"), clock, "startsAt"))
                .isNotNull();
        assertThatThrownBy(
                        () -> ClinicDates.requireWithinReach(Instant.parse("2036-12-05T04:00:00Z"), clock, "startsAt"))
                .isInstanceOf(ClinicException.class);
    }
}

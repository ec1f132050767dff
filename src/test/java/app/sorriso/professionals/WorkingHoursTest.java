package app.sorriso.professionals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.base.ClinicException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@ClinicIntegrationTest
@WithMockUser(roles = "ADMIN")
class WorkingHoursTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-12-07T12:00:00Z");

    @Autowired
    ProfessionalService professionals;

    @Autowired
    TimeOffService timeOff;

    @Autowired
    TestClinic clinic;

    private static WorkingPeriod monday(String start, String end) {
        return new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void a_day_may_have_a_morning_and_an_afternoon_that_touch_but_do_not_overlap() {
        long id = clinic.newProfessional().getId();

        professionals.replaceWorkingHours(id, List.of(monday("13:00", "18:00"), monday("08:00", "13:00")));

        assertThat(professionals.findById(id).orElseThrow().getWorkingHours())
                .containsExactly(monday("08:00", "13:00"), monday("13:00", "18:00"));
    }

    @Test
    void overlapping_periods_on_a_day_are_refused_and_the_old_week_is_kept() {
        long id = clinic.newProfessional().getId();
        professionals.replaceWorkingHours(id, List.of(monday("08:00", "12:00")));

        assertThatThrownBy(() -> professionals.replaceWorkingHours(
                        id, List.of(monday("08:00", "12:00"), monday("11:30", "14:00"))))
                .isInstanceOfSatisfying(ClinicException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("professional.hours.overlap");
                    assertThat(refusal.getArguments()).containsExactly("08:00–12:00", "11:30–14:00");
                });
        assertThat(professionals.findById(id).orElseThrow().getWorkingHours())
                .containsExactly(monday("08:00", "12:00"));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_with_a_readable_message() {
        assertThatThrownBy(() -> monday("14:00", "09:00"))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("professional.hours.order"));
    }

    @Test
    void time_off_is_recorded_with_its_reason_and_can_be_removed() {
        long id = clinic.newProfessional().getId();

        TimeOff course =
                timeOff.add(id, MONDAY_NINE, MONDAY_NINE.plus(3, ChronoUnit.DAYS), "Congresso de implantodontia");

        assertThat(timeOff.of(id)).extracting(TimeOff::getReason).containsExactly("Congresso de implantodontia");
        timeOff.remove(course.getId());
        assertThat(timeOff.of(id)).isEmpty();
    }

    @Test
    void time_off_that_ends_before_it_starts_is_refused_on_the_end_field() {
        long id = clinic.newProfessional().getId();

        assertThatThrownBy(() -> timeOff.add(id, MONDAY_NINE, MONDAY_NINE.minus(1, ChronoUnit.HOURS), "Férias"))
                .isInstanceOfSatisfying(ClinicException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("time-off.order");
                    assertThat(refusal.getField()).contains("endsAt");
                });
        assertThat(timeOff.of(id)).isEmpty();
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_reception_cannot_record_time_off() {
        long id = professionals.findActive().getFirst().getId();

        assertThatThrownBy(() -> timeOff.add(id, MONDAY_NINE, MONDAY_NINE.plusSeconds(3600), "Férias"))
                .isInstanceOf(AccessDeniedException.class);
    }
}

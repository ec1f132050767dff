package app.sorriso.scheduling;

import static app.sorriso.scheduling.AppointmentStatus.CANCELLED;
import static app.sorriso.scheduling.AppointmentStatus.CHECKED_IN;
import static app.sorriso.scheduling.AppointmentStatus.COMPLETED;
import static app.sorriso.scheduling.AppointmentStatus.CONFIRMED;
import static app.sorriso.scheduling.AppointmentStatus.NO_SHOW;
import static app.sorriso.scheduling.AppointmentStatus.REQUESTED;
import static app.sorriso.scheduling.AppointmentStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppointmentStatusTest {

    private static Set<AppointmentStatus> nextOf(AppointmentStatus status) {
        EnumSet<AppointmentStatus> next = EnumSet.noneOf(AppointmentStatus.class);
        Arrays.stream(AppointmentStatus.values()).filter(status::canBecome).forEach(next::add);
        return next;
    }

    @Test
    void the_desk_answers_a_request_by_booking_or_declining_it() {
        assertThat(nextOf(REQUESTED)).containsExactlyInAnyOrder(SCHEDULED, CANCELLED);
    }

    @Test
    void a_booked_appointment_is_confirmed_checked_in_then_completed_or_missed() {
        assertThat(nextOf(SCHEDULED)).containsExactlyInAnyOrder(CONFIRMED, CHECKED_IN, CANCELLED, NO_SHOW);
        assertThat(nextOf(CONFIRMED)).containsExactlyInAnyOrder(CHECKED_IN, CANCELLED, NO_SHOW);
        assertThat(nextOf(CHECKED_IN)).containsExactly(COMPLETED);
    }

    @Test
    void finished_appointments_stay_as_they_are() {
        assertThat(nextOf(COMPLETED)).isEmpty();
        assertThat(nextOf(CANCELLED)).isEmpty();
        assertThat(nextOf(NO_SHOW)).isEmpty();
    }

    @Test
    void only_cancelled_and_missed_appointments_free_their_time() {
        assertThat(Arrays.stream(AppointmentStatus.values()).filter(status -> !status.holdsTime()))
                .containsExactlyInAnyOrder(CANCELLED, NO_SHOW);
    }
}

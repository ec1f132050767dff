package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The throttle's rules on a clock the test moves by hand. */
class LoginThrottleTest {

    final ManualTime time = new ManualTime();
    final LoginThrottle throttle = new LoginThrottle(time);

    @Test
    void one_address_gets_a_limited_number_of_attempts_then_a_time_to_wait() {
        for (int i = 0; i < LoginThrottle.ADDRESS_ATTEMPTS; i++) {
            throttle.check("someone" + i + "@sorriso.test", "203.0.113.9");
        }

        assertThatThrownBy(() -> throttle.check("another@sorriso.test", "203.0.113.9"))
                .isInstanceOfSatisfying(
                        TooManyLoginAttemptsException.class,
                        refused -> assertThat(refused.retryAfter())
                                .isPositive()
                                .isLessThanOrEqualTo(Duration.ofSeconds(15)));
        assertThatCode(() -> throttle.check("another@sorriso.test", "203.0.113.10"))
                .doesNotThrowAnyException();

        time.advance(Duration.ofSeconds(15));
        assertThatCode(() -> throttle.check("another@sorriso.test", "203.0.113.9"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_clinic_behind_one_address_can_be_given_a_larger_allowance() {
        LoginThrottle generous = new LoginThrottle(LoginThrottle.ADDRESS_ATTEMPTS * 3);
        for (int i = 0; i < LoginThrottle.ADDRESS_ATTEMPTS * 3; i++) {
            generous.check("staff" + i + "@sorriso.test", "203.0.113.20");
        }

        assertThatThrownBy(() -> generous.check("one-more@sorriso.test", "203.0.113.20"))
                .isInstanceOf(TooManyLoginAttemptsException.class);
    }

    @Test
    void failures_from_many_addresses_slow_down_guessing_one_account_but_only_for_minutes() {
        guessFromManyAddresses("ana@sorriso.test", LoginThrottle.ACCOUNT_FAILURES);

        assertThatThrownBy(() -> throttle.check("ana@sorriso.test", "192.0.2.200"))
                .isInstanceOfSatisfying(
                        TooManyLoginAttemptsException.class,
                        refused -> assertThat(refused.retryAfter()).isLessThanOrEqualTo(Duration.ofMinutes(3)));

        time.advance(Duration.ofMinutes(3));
        assertThatCode(() -> throttle.check("ana@sorriso.test", "192.0.2.200")).doesNotThrowAnyException();
    }

    @Test
    void the_owner_on_a_usual_address_gets_in_while_strangers_guess_the_account() {
        throttle.check("bia@sorriso.test", "198.51.100.7");
        throttle.succeeded("bia@sorriso.test", "198.51.100.7");

        guessFromManyAddresses("bia@sorriso.test", LoginThrottle.ACCOUNT_FAILURES * 3);

        assertThatCode(() -> throttle.check("BIA@sorriso.test", "198.51.100.7")).doesNotThrowAnyException();
        assertThatThrownBy(() -> throttle.check("bia@sorriso.test", "192.0.2.250"))
                .isInstanceOf(TooManyLoginAttemptsException.class);
    }

    @Test
    void the_owner_mistyping_on_a_usual_address_is_slowed_down_too() {
        throttle.succeeded("caio@sorriso.test", "198.51.100.8");
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            throttle.check("caio@sorriso.test", "198.51.100.8");
            throttle.failed("caio@sorriso.test", "198.51.100.8");
        }

        assertThatThrownBy(() -> throttle.check("caio@sorriso.test", "198.51.100.8"))
                .isInstanceOf(TooManyLoginAttemptsException.class);
    }

    private void guessFromManyAddresses(String email, int guesses) {
        for (int i = 0; i < guesses; i++) {
            String address = "192.0.2." + (i + 1);
            try {
                throttle.check(email, address);
                throttle.failed(email, address);
            } catch (TooManyLoginAttemptsException refused) {
                // the attacker is being slowed down: exactly what should happen
            }
        }
    }

    static final class ManualTime implements TimeMeter {

        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}

package app.sorriso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.base.ClinicException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserting that the app said no, and with which message: what the person would read. */
public final class Refusals {

    private Refusals() {}

    public static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo(messageKey));
    }

    /** Refused with a message next to one form field. */
    public static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ClinicException.class, refusal -> {
            assertThat(refusal.getField()).contains(field);
            assertThat(refusal.getMessageKey()).isEqualTo(messageKey);
        });
    }
}

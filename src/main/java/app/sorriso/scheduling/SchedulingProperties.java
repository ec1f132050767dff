package app.sorriso.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the clinic hands out time.
 *
 * @param slotLength the length of a bookable slot, and the step between slots
 * @param minimumNotice how long before a slot a patient may still take it
 * @param horizon how far ahead patients may book
 * @param cancellationNotice how long before a booked appointment a patient may still cancel it themself; later, they
 *     call the clinic
 * @param maxPendingRequests how many unanswered requests a patient may have at once, since each one holds its time
 */
@ConfigurationProperties("sorriso.scheduling")
public record SchedulingProperties(
        @DefaultValue("30m") Duration slotLength,
        @DefaultValue("2h") Duration minimumNotice,
        @DefaultValue("60d") Duration horizon,
        @DefaultValue("24h") Duration cancellationNotice,
        @DefaultValue("3") int maxPendingRequests) {}

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
 */
@ConfigurationProperties("sorriso.scheduling")
public record SchedulingProperties(
        @DefaultValue("30m") Duration slotLength,
        @DefaultValue("2h") Duration minimumNotice,
        @DefaultValue("60d") Duration horizon) {}

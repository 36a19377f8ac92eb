package org.citycoop.redemption.checkout.throttling;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The per-terminal limits at the till ({@link TillThrottle}). The same prefix as the reversal window
 * ({@code citycoop.checkout.reversal-window}), which checkout binds apart.
 *
 * @param rate How many scans and redemptions a terminal may send.
 * @param unknownCodes How many unknown codes a terminal may scan before it is paused.
 * @param throttle How many terminals each limit remembers.
 */
@Validated
@ConfigurationProperties("citycoop.checkout")
record TillThrottleSettings(@DefaultValue @NotNull @Valid Rate rate, @DefaultValue @NotNull @Valid UnknownCodes unknownCodes,
        @DefaultValue @NotNull @Valid Capacity throttle) {

    /**
     * Requests a second, refilled smoothly.
     *
     * @param perSecond Scans and redemptions a terminal may send a second, on average.
     * @param burst How many it may send at once (at least per-second).
     */
    record Rate(@DefaultValue("20") @Positive long perSecond, @DefaultValue("40") @Positive long burst) {

        Rate {
            if (perSecond > 0 && burst < perSecond) {
                throw new IllegalArgumentException("citycoop.checkout.rate.burst (" + burst + ") must be at least citycoop.checkout.rate.per-second ("
                        + perSecond + ")");
            }
        }
    }

    /**
     * Unknown codes per window; the one too many pauses the terminal until the window turns.
     *
     * @param allowed Unknown codes a terminal may scan within the window.
     * @param per The window the unknown codes are counted in.
     */
    record UnknownCodes(@DefaultValue("10") @Positive long allowed, @DefaultValue("PT10M") @NotNull @DurationMin(inclusive = false) Duration per) {
    }

    /**
     * How many terminals are held (idle ones are forgotten first).
     *
     * @param maxTerminals Terminals each limit keeps track of at most.
     */
    record Capacity(@DefaultValue("20000") @Positive long maxTerminals) {
    }
}

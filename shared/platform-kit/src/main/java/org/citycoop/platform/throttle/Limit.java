package org.citycoop.platform.throttle;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;

/**
 * What one key may do: a {@linkplain #rate rate} (a burst, refilled smoothly) or a number of
 * {@linkplain #strikes strikes} per window (refilled all at once when the window turns, so the one
 * too many locks the key until then).
 */
public record Limit(long capacity, long refillTokens, Duration refillPeriod, boolean intervally) {

    public Limit {
        if (capacity < 1 || refillTokens < 1 || refillTokens > capacity) {
            throw new IllegalArgumentException("a limit needs 1 <= refill tokens <= capacity, got " + refillTokens + " of " + capacity);
        }
        if (refillPeriod.isNegative() || refillPeriod.isZero()) {
            throw new IllegalArgumentException("a limit needs a positive refill period, got " + refillPeriod);
        }
    }

    /** At most {@code perSecond} a second on average, bursts up to {@code burst}. */
    public static Limit rate(long perSecond, long burst) {
        return new Limit(burst, perSecond, Duration.ofSeconds(1), false);
    }

    /** {@code allowed} strikes per {@code window}; with the last one used the key waits for the window to turn. */
    public static Limit strikes(long allowed, Duration window) {
        return new Limit(allowed, allowed, window, true);
    }

    /**
     * How long an untouched bucket takes from empty to full. A bucket left alone this long holds
     * nothing a new bucket would not: this is how long the table keeps an idle key.
     */
    public Duration timeToFull() {
        long periods = (capacity + refillTokens - 1) / refillTokens;
        return intervally ? refillPeriod.multipliedBy(periods) : refillPeriod.multipliedBy(capacity).dividedBy(refillTokens).plusNanos(1);
    }

    Bandwidth bandwidth() {
        var stage = Bandwidth.builder().capacity(capacity);
        return (intervally ? stage.refillIntervally(refillTokens, refillPeriod) : stage.refillGreedy(refillTokens, refillPeriod)).build();
    }
}

package org.citycoop.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * For tests that ask for "today" without naming a day: a day can end midway through such a test when it
 * runs just before midnight in the cities (23:00–24:00 UTC in winter), and "today" then means two days.
 * {@link #notWithin(Duration, ZoneId)} waits out the last moments of the day before such a test begins.
 */
public final class Midnight {

    private Midnight() {
    }

    /** How long until the next midnight in {@code zone} as {@code clock} tells it. */
    public static Duration until(Clock clock, ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(zone));
    }

    /** Returns at once, or, when midnight in {@code zone} is less than {@code margin} away, just after it. */
    public static void notWithin(Duration margin, ZoneId zone) {
        Duration left = until(Clock.systemUTC(), zone);
        if (left.compareTo(margin) < 0) {
            try {
                Thread.sleep(left.plusSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for midnight", e);
            }
        }
    }
}

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

    /** Returns at once, or, when midnight in {@code zone} is less than {@code margin} away, once it has passed. */
    public static void notWithin(Duration margin, ZoneId zone) {
        Duration left = until(Clock.systemUTC(), zone);
        if (left.compareTo(margin) < 0) {
            org.awaitility.Awaitility.await("midnight in " + zone).atMost(left.plusSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> until(Clock.systemUTC(), zone).compareTo(margin) >= 0);
        }
    }
}

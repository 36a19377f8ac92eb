package org.citycoop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MidnightTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Test
    void midnightInTheCitiesComesAnHourBeforeMidnightUtcInWinterAndTwoInSummer() {
        assertThat(Midnight.until(Clock.fixed(Instant.parse("2026-11-21T22:59:30Z"), ZoneOffset.UTC), VIENNA)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Midnight.until(Clock.fixed(Instant.parse("2026-07-01T21:00:00Z"), ZoneOffset.UTC), VIENNA)).isEqualTo(Duration.ofHours(1));
        // just after midnight: a whole day ahead
        assertThat(Midnight.until(Clock.fixed(Instant.parse("2026-11-21T23:00:01Z"), ZoneOffset.UTC), VIENNA))
                .isEqualTo(Duration.ofDays(1).minusSeconds(1));
    }

    @Test
    void theDayTheClocksGoBackHasTwentyFiveHours() {
        // 25 October 2026: 03:00 CEST becomes 02:00 CET
        assertThat(Midnight.until(Clock.fixed(Instant.parse("2026-10-24T22:00:00Z"), ZoneOffset.UTC), VIENNA)).isEqualTo(Duration.ofHours(25));
    }
}

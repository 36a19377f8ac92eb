package org.citycoop.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The console's settlements: the period it starts with, and what of a typed date it passes on. */
class SettlementsSectionTest {

    @Test
    void onAThursdayThePeriodIsTheFourWholeWeeksBeforeThisOne() {
        assertThat(SettlementsSection.defaultPeriod(LocalDate.of(2026, 12, 3))).containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29));
    }

    @Test
    void onAMondayTheWeekJustBegunIsNotInIt() {
        assertThat(SettlementsSection.defaultPeriod(LocalDate.of(2026, 11, 30))).containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29));
    }

    @Test
    void onASundayTheWeekStillRunningIsNotInItEither() {
        assertThat(SettlementsSection.defaultPeriod(LocalDate.of(2026, 11, 29))).containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 22));
    }

    @Test
    void aTypedDateIsPassedOnAsTypedLessWhatWouldChangeTheAddress() {
        assertThat(SettlementsSection.typed(" 2026-11-09 ")).isEqualTo("2026-11-09");
        assertThat(SettlementsSection.typed("9.11.2026")).isEqualTo("9.11.2026");
        assertThat(SettlementsSection.typed("2026-11-09&to=2030-01-01#x{y}%")).isEqualTo("2026-11-09to2030-01-01xy");
        assertThat(SettlementsSection.typed("1".repeat(100))).hasSize(40);
    }
}

package org.citycoop.analytics.measures.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The period a measure is asked for, what is wrong with it, and the period it is compared with. */
class PeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void withoutFromAndToThePeriodIsTheLastThirtyDaysUpToToday() {
        // when nothing is given
        Period period = Period.asked(null, null, TODAY);
        // then
        assertThat(period).isEqualTo(new Period(LocalDate.of(2026, 11, 4), TODAY));
        assertThat(period.days()).isEqualTo(30);
        assertThat(period.fault()).isEmpty();
    }

    @Test
    void withOnlyToThePeriodIsTheThirtyDaysUpToIt() {
        assertThat(Period.asked(null, LocalDate.of(2026, 10, 31), TODAY)).isEqualTo(new Period(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void withOnlyFromThePeriodRunsUntilToday() {
        assertThat(Period.asked(LocalDate.of(2026, 10, 1), null, TODAY)).isEqualTo(new Period(LocalDate.of(2026, 10, 1), TODAY));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsWrong() {
        // given
        Period backwards = Period.asked(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 1), TODAY);
        // when / then
        assertThat(backwards.fault()).contains(Period.Fault.FROM_AFTER_TO);
    }

    @Test
    void aSingleDayIsAPeriod() {
        Period day = Period.asked(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5), TODAY);
        assertThat(day.fault()).isEmpty();
        assertThat(day.days()).isOne();
    }

    @Test
    void fiveYearsAreTheLongestPeriodADayMoreIsTooLong() {
        // given
        LocalDate from = LocalDate.of(2021, 1, 2);
        // when / then
        assertThat(Period.asked(from, LocalDate.of(2026, 1, 2), TODAY).fault()).isEmpty();
        assertThat(Period.asked(from, LocalDate.of(2026, 1, 3), TODAY).fault()).contains(Period.Fault.TOO_LONG);
    }

    @Test
    void theFirstFiveDaysOfOctoberAreComparedWithNothingUnlessAsked() {
        assertThat(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5)).comparedWith(Compare.NONE)).isEmpty();
    }

    @Test
    void sixToTenOctoberAreComparedWithTheFiveDaysBefore() {
        // given 6–10 Oct
        Period period = new Period(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 10));
        // when
        Period before = period.comparedWith(Compare.PREVIOUS).orElseThrow();
        // then 1–5 Oct
        assertThat(before).isEqualTo(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5)));
    }

    @Test
    void aMonthIsComparedWithAsManyDaysBeforeItNotWithTheMonthBefore() {
        // given March 2026 (31 days)
        Period march = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        // when
        Period before = march.comparedWith(Compare.PREVIOUS).orElseThrow();
        // then 31 days back, into January (February has 28)
        assertThat(before).isEqualTo(new Period(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 28)));
        assertThat(before.days()).isEqualTo(march.days());
    }

    @Test
    void octoberIsComparedWithTheSameDaysAYearEarlier() {
        Period october = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(october.comparedWith(Compare.YEAR)).contains(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)));
    }

    @Test
    void theLeapDayAYearEarlierIsTheLastDayOfFebruary() {
        Period leap = new Period(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
        assertThat(leap.comparedWith(Compare.YEAR)).contains(new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
    }
}

package org.citycoop.analytics.measures.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which rollup rows cover a period: month rows for whole fresh months, day rows for the rest, in as few ranges as possible. */
class CoverPlanTest {

    static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);
    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

    @Test
    void aWholeFreshMonthIsReadFromItsMonthRow() {
        // given October fresh
        // when October is asked for
        CoverPlan plan = CoverPlan.of(new Period(OCTOBER, LocalDate.of(2026, 10, 31)), false, Set.of(OCTOBER));
        // then
        assertThat(plan.months()).containsExactly(OCTOBER);
        assertThat(plan.days()).isEmpty();
    }

    @Test
    void aMonthNotFreshIsReadFromItsDays() {
        // given October being recomputed (or the current month)
        CoverPlan plan = CoverPlan.of(new Period(OCTOBER, LocalDate.of(2026, 10, 31)), false, Set.of());
        // then
        assertThat(plan.months()).isEmpty();
        assertThat(plan.days()).containsExactly(new Period(OCTOBER, LocalDate.of(2026, 10, 31)));
    }

    @Test
    void partMonthsAroundAWholeOneAreReadFromDaysAndTheWholeOneFromItsRow() {
        // given September, October and November fresh
        Set<LocalDate> fresh = Set.of(SEPTEMBER, OCTOBER, NOVEMBER);
        // when 20 Sep – 10 Nov
        CoverPlan plan = CoverPlan.of(new Period(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 11, 10)), false, fresh);
        // then
        assertThat(plan.months()).containsExactly(OCTOBER);
        assertThat(plan.days()).containsExactly(new Period(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30)),
                new Period(NOVEMBER, LocalDate.of(2026, 11, 10)));
    }

    @Test
    void daysOfAdjoiningMonthsNotReadFromMonthRowsAreOneRange() {
        // given only November fresh, asked 20 Sep – 10 Nov
        CoverPlan plan = CoverPlan.of(new Period(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 11, 10)), false, Set.of(NOVEMBER));
        // then September's and October's days are one range, and November (not whole) its days, adjoining too
        assertThat(plan.months()).isEmpty();
        assertThat(plan.days()).containsExactly(new Period(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 11, 10)));
    }

    @Test
    void groupingByDayOrWeekReadsOnlyDayRows() {
        CoverPlan plan = CoverPlan.of(new Period(SEPTEMBER, LocalDate.of(2026, 10, 31)), true, Set.of(SEPTEMBER, OCTOBER));
        assertThat(plan.months()).isEmpty();
        assertThat(plan.days()).containsExactly(new Period(SEPTEMBER, LocalDate.of(2026, 10, 31)));
    }

    @Test
    void aFreshMonthBetweenMonthsNotFreshSplitsTheDays() {
        // given only October fresh, asked September to November
        CoverPlan plan = CoverPlan.of(new Period(SEPTEMBER, LocalDate.of(2026, 11, 30)), false, Set.of(OCTOBER));
        // then
        assertThat(plan.months()).containsExactly(OCTOBER);
        assertThat(plan.days()).containsExactly(new Period(SEPTEMBER, LocalDate.of(2026, 9, 30)), new Period(NOVEMBER, LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aSingleDayIsOneDayRange() {
        LocalDate fifth = LocalDate.of(2026, 10, 5);
        CoverPlan plan = CoverPlan.of(new Period(fifth, fifth), false, Set.of(OCTOBER));
        assertThat(plan.months()).isEmpty();
        assertThat(plan.days()).containsExactly(new Period(fifth, fifth));
    }
}

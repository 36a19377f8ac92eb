package org.citycoop.points.expiry.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;

import org.citycoop.points.expiry.decision.Expiring.Account;
import org.junit.jupiter.api.Test;

/** Expiry as examples: points expire 24 months after the purchase, oldest first. */
class ExpiringTest {

    @Test
    void givenTwentyFourMonthsWhenTheCutOffIsTakenThenItIsTheSameMomentTwoYearsBeforeInUtc() {
        assertThat(Expiring.cutoff(Instant.parse("2026-12-03T10:15:30Z"), Period.ofMonths(24))).isEqualTo(Instant.parse("2024-12-03T10:15:30Z"));
        // the end of a longer month: 31 March minus a month is the last day of February
        assertThat(Expiring.cutoff(Instant.parse("2026-03-31T00:00:00Z"), Period.ofMonths(1))).isEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
    }

    @Test
    void givenOldPointsNothingSpentWhenExpiringThenAllOldPointsGo() {
        assertThat(Expiring.due(new Account(300, 0, 450))).isEqualTo(300);
    }

    @Test
    void givenSpendingThatUsedUpPartOfTheOldPointsWhenExpiringThenOnlyTheRestGoes() {
        assertThat(Expiring.due(new Account(300, 120, 330))).isEqualTo(180);
    }

    @Test
    void givenSpendingBeyondTheOldPointsWhenExpiringThenNothingIsDue() {
        assertThat(Expiring.due(new Account(300, 300, 150))).isZero();
        assertThat(Expiring.due(new Account(300, 420, 30))).isZero();
    }

    @Test
    void givenTheSameAccountAfterAnExpiryWhenDecidedAgainThenNothingExpiresTwice() {
        long first = Expiring.due(new Account(300, 0, 450));
        assertThat(Expiring.due(new Account(300, first, 450 - first))).isZero();
    }

    @Test
    void givenABalanceBelowWhatIsDueWhenExpiringThenNeverBelowZero() {
        assertThat(Expiring.due(new Account(300, 0, 100))).isEqualTo(100);
    }
}

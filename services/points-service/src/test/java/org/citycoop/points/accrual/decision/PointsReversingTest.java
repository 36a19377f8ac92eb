package org.citycoop.points.accrual.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.citycoop.points.accrual.decision.PointsReversing.Refund;
import org.citycoop.points.accrual.decision.PointsReversing.Reversal;
import org.junit.jupiter.api.Test;

/** Reversing points as examples: a €40.00 basket (4000 cents) earned 96 points. */
class PointsReversingTest {

    @Test
    void givenAFullRefundWhenReversingThenAllPointsGoBack() {
        assertThat(PointsReversing.decide(new Refund(96, 4000, 4000, 0, 200))).isEqualTo(new Reversal(96, 0));
    }

    @Test
    void givenAPartialRefundWhenReversingThenThePointsInProportionRoundedDown() {
        // 96 × 1000 / 4000 = 24; 96 × 1001 / 4000 = 24.024 → 24
        assertThat(PointsReversing.decide(new Refund(96, 1000, 4000, 0, 200))).isEqualTo(new Reversal(24, 0));
        assertThat(PointsReversing.decide(new Refund(96, 1001, 4000, 0, 200))).isEqualTo(new Reversal(24, 0));
        assertThat(PointsReversing.decide(new Refund(96, 999, 4000, 0, 200))).isEqualTo(new Reversal(23, 0));
    }

    @Test
    void givenEarlierPartialRefundsWhenTheRestIsRefundedThenTheyNeverAddUpToMoreThanEarned() {
        Reversal first = PointsReversing.decide(new Refund(95, 1333, 4000, 0, 200)); // ⌊31.66⌋
        Reversal second = PointsReversing.decide(new Refund(95, 2666, 4000, first.taken(), 200)); // ⌊63.32⌋ − 31
        Reversal last = PointsReversing.decide(new Refund(95, 4000, 4000, first.taken() + second.taken(), 200));
        assertThat(first.taken()).isEqualTo(31);
        assertThat(second.taken()).isEqualTo(32);
        assertThat(first.taken() + second.taken() + last.taken()).isEqualTo(95);
    }

    @Test
    void givenPointsSpentAlreadyWhenReversingThenTheBalanceGoesToZeroAndTheRestIsTheShortfall() {
        assertThat(PointsReversing.decide(new Refund(96, 4000, 4000, 0, 30))).isEqualTo(new Reversal(30, 66));
    }

    @Test
    void givenAnEarlierShortfallWhenTheNextRefundComesThenTheShortfallCountsAsTakenAndNothingMoreIsDue() {
        assertThat(PointsReversing.decide(new Refund(96, 4000, 4000, 96, 500))).isEqualTo(new Reversal(0, 0));
    }

    @Test
    void givenAPurchaseThatEarnedNothingWhenRefundedThenNothingIsTaken() {
        assertThat(PointsReversing.decide(new Refund(0, 4000, 4000, 0, 500))).isEqualTo(new Reversal(0, 0));
    }
}

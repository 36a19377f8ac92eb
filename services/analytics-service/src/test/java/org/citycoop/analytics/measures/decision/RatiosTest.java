package org.citycoop.analytics.measures.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The ratios of the measures: change against the period compared with, leverage, velocity, the share spent at home. */
class RatiosTest {

    @Test
    void fortyFiveEurosAfterSixtyAreMinusTwentyFivePercent() {
        assertThat(Ratios.changePercent(new BigDecimal("45.00"), new BigDecimal("60.00"))).hasToString("-25.0");
    }

    @Test
    void aChangeIsRoundedToOneDecimalHalfToEven() {
        // a third up: 33.33… -> 33.3; exact halves to the even neighbour: 0.25 % -> 0.2, 0.35 % -> 0.4
        assertThat(Ratios.changePercent(new BigDecimal("4.00"), new BigDecimal("3.00"))).hasToString("33.3");
        assertThat(Ratios.changePercent(new BigDecimal("100.25"), new BigDecimal("100.00"))).hasToString("0.2");
        assertThat(Ratios.changePercent(new BigDecimal("100.35"), new BigDecimal("100.00"))).hasToString("0.4");
    }

    @Test
    void afterNothingThereIsNoChangeToTell() {
        assertThat(Ratios.changePercent(new BigDecimal("105.00"), new BigDecimal("0.00"))).isNull();
    }

    @Test
    void basketsOfOneHundredFiftyEurosOnSixtyOfVouchersAreALeverageOfTwoAndAHalf() {
        assertThat(Ratios.leverage(15_000L, 6_000L)).hasToString("2.50");
    }

    @Test
    void withoutPurchasesWithVouchersThereIsNoLeverage() {
        assertThat(Ratios.leverage(null, null)).isNull();
        assertThat(Ratios.leverage(15_000L, 0L)).isNull();
    }

    @Test
    void velocityIsShownInDaysWithOneDecimal() {
        // (4 × 6 + 5) / 7 days
        assertThat(Ratios.velocityDays(new BigDecimal(29).divide(new BigDecimal(7), 10, java.math.RoundingMode.HALF_EVEN))).hasToString("4.1");
        assertThat(Ratios.velocityDays(null)).isNull();
    }

    @Test
    void fiftyEightOfSixtyOneEurosSpentAtHomeAreNinetyFivePointOnePercent() {
        assertThat(Ratios.percent(5_800, 6_100)).hasToString("95.1");
        assertThat(Ratios.percent(0, 6_100)).hasToString("0.0");
    }

    @Test
    void thereIsNoShareOfNothing() {
        assertThatThrownBy(() -> Ratios.percent(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

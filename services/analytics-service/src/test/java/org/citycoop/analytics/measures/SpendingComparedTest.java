package org.citycoop.analytics.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.citycoop.analytics.measures.SpendingMeasure.Spending;
import org.junit.jupiter.api.Test;

/** A cell of spending beside the same cell of the period compared with: shown only where neither is suppressed. */
class SpendingComparedTest {

    static Spending shown(String amount) {
        return new Spending("region", "region", new BigDecimal(amount), 15L, 12L, false);
    }

    static final Spending SUPPRESSED = new Spending("at-feldbach", "at-feldbach", null, null, null, true);

    @Test
    void theRegionsFortyFiveEurosAfterSixtyAreShownWithTheChange() {
        // given
        Spending now = shown("45.00");
        // when
        Spending compared = now.against(shown("60.00"));
        // then
        assertThat(compared.previousAmount()).hasToString("60.00");
        assertThat(compared.changePercent()).hasToString("-25.0");
        assertThat(compared.amount()).hasToString("45.00");
    }

    @Test
    void afterNothingThePreviousAmountIsShownButNoChange() {
        Spending compared = shown("105.00").against(shown("0.00"));
        assertThat(compared.previousAmount()).hasToString("0.00");
        assertThat(compared.changePercent()).isNull();
    }

    @Test
    void aSuppressedCellStaysWithoutComparison() {
        assertThat(SUPPRESSED.against(shown("60.00"))).isEqualTo(SUPPRESSED);
    }

    @Test
    void aCellComparedWithASuppressedOrMissingCellIsShownAlone() {
        Spending now = shown("33.00");
        assertThat(now.against(SUPPRESSED)).isEqualTo(now);
        assertThat(now.against(null)).isEqualTo(now);
    }
}

package org.citycoop.analytics.measures.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Amounts computed in euro cents, shown as euros with cents or as whole forints at the period's rate, half to even. */
class DisplayCurrencyTest {

    @Test
    void euroCentsAreShownAsEurosWithTwoDecimals() {
        // given
        DisplayCurrency euros = new DisplayCurrency("EUR", new BigDecimal("400"));
        // when / then (scale 2: 62.00, not 62)
        assertThat(euros.show(6_200)).hasToString("62.00");
        assertThat(euros.show(-200)).hasToString("-2.00");
        assertThat(euros.show(0)).hasToString("0.00");
    }

    @Test
    void inForintsSixtyTwoEurosAreTwentyFourThousandEightHundredAtFourHundred() {
        DisplayCurrency forints = new DisplayCurrency("HUF", new BigDecimal("400"));
        assertThat(forints.show(6_200)).hasToString("24800");
    }

    @Test
    void forintsAreWholeRoundedHalfToEven() {
        // given a rate with which cents fall on half forints
        DisplayCurrency forints = new DisplayCurrency("HUF", new BigDecimal("395.5"));
        // when / then: 0.01 EUR = 3.955 HUF -> 4; 0.02 EUR = 7.91 -> 8; 0.10 EUR = 39.55 -> 40; 2.00 EUR = 791
        assertThat(forints.show(1)).hasToString("4");
        assertThat(forints.show(2)).hasToString("8");
        assertThat(forints.show(10)).hasToString("40");
        assertThat(forints.show(200)).hasToString("791");
        // exact halves: 0.01 EUR at 50 = 0.5 -> 0, at 150 = 1.5 -> 2
        assertThat(new DisplayCurrency("HUF", new BigDecimal("50")).show(1)).hasToString("0");
        assertThat(new DisplayCurrency("HUF", new BigDecimal("150")).show(1)).hasToString("2");
    }

    @Test
    void onlyEurosAndForintsCanBeShown() {
        assertThat(DisplayCurrency.known("EUR")).isTrue();
        assertThat(DisplayCurrency.known("HUF")).isTrue();
        assertThat(DisplayCurrency.known("USD")).isFalse();
        assertThat(DisplayCurrency.known("eur")).isFalse();
    }
}

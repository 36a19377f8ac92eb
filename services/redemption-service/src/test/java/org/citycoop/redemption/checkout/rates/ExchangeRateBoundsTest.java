package org.citycoop.redemption.checkout.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The operator's new EUR/HUF rate: a plausible band always, and a confirmation for a large jump. */
class ExchangeRateBoundsTest {

    final ExchangeRateBounds bounds = new ExchangeRateBounds(new BigDecimal("250"), new BigDecimal("600"), new BigDecimal("10"));
    final BigDecimal current = new BigDecimal("395");

    @Test
    void aRateTheRightSizeCloseToTheCurrentOneIsAccepted() {
        assertThat(bounds.check(new BigDecimal("401.25"), current, false)).isInstanceOf(ExchangeRateBounds.Accepted.class);
        assertThat(bounds.check(new BigDecimal("434.5"), current, false)).as("exactly 10 %").isInstanceOf(ExchangeRateBounds.Accepted.class);
    }

    @Test
    void aRateThreeHundredTimesTooSmallIsOutsideTheBandEvenConfirmed() {
        assertThat(bounds.check(new BigDecimal("1.23456"), current, true))
                .isEqualTo(new ExchangeRateBounds.OutsideBand(new BigDecimal("250"), new BigDecimal("600")));
    }

    @Test
    void aRateWithADigitTooManyIsOutsideTheBand() {
        assertThat(bounds.check(new BigDecimal("3950"), current, false)).isInstanceOf(ExchangeRateBounds.OutsideBand.class);
        assertThat(bounds.check(new BigDecimal("600.000001"), current, false)).isInstanceOf(ExchangeRateBounds.OutsideBand.class);
        assertThat(bounds.check(new BigDecimal("600"), current, true)).as("the band's ends are in it").isInstanceOf(ExchangeRateBounds.Accepted.class);
    }

    @Test
    void aJumpOfMoreThanTenPercentNeedsTheOperatorsConfirmation() {
        assertThat(bounds.check(new BigDecimal("480"), current, false))
                .isEqualTo(new ExchangeRateBounds.NeedsConfirmation(current, new BigDecimal("21.5"), new BigDecimal("10")));
        assertThat(bounds.check(new BigDecimal("480"), current, true)).isInstanceOf(ExchangeRateBounds.Accepted.class);
        assertThat(bounds.check(new BigDecimal("300"), current, false)).isInstanceOf(ExchangeRateBounds.NeedsConfirmation.class);
    }

    @Test
    void missingNegativeZeroAndOverPreciseRatesAreNoRates() {
        assertThat(bounds.check(null, current, true)).isInstanceOf(ExchangeRateBounds.Malformed.class);
        assertThat(bounds.check(new BigDecimal("-395"), current, true)).isInstanceOf(ExchangeRateBounds.Malformed.class);
        assertThat(bounds.check(BigDecimal.ZERO, current, true)).isInstanceOf(ExchangeRateBounds.Malformed.class);
        assertThat(bounds.check(new BigDecimal("395.1234567"), current, true)).isInstanceOf(ExchangeRateBounds.Malformed.class);
        assertThat(bounds.check(new BigDecimal("395.1234560"), current, false)).as("trailing zeros are no decimals")
                .isInstanceOf(ExchangeRateBounds.Accepted.class);
    }

    @Test
    void aBandUpsideDownIsAConfigurationError() {
        assertThatThrownBy(() -> new ExchangeRateBounds(new BigDecimal("600"), new BigDecimal("250"), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

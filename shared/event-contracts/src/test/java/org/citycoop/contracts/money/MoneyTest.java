package org.citycoop.contracts.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void euroAmountsAreCountedInCentsAndForintAmountsInWholeForints() {
        assertThat(Money.ofMajor(new BigDecimal("12.5"), Currency.EUR)).isEqualTo(Money.of(1250, Currency.EUR));
        assertThat(Money.ofMajor(new BigDecimal("5000"), Currency.HUF)).isEqualTo(Money.of(5000, Currency.HUF));
        assertThat(Money.ofMajor(new BigDecimal("5000.00"), Currency.HUF).minor()).isEqualTo(5000);
        assertThat(Money.of(1250, Currency.EUR).major()).isEqualByComparingTo("12.50");
        assertThat(Money.of(1250, Currency.EUR).major().toPlainString()).isEqualTo("12.50");
        assertThat(Money.of(5000, Currency.HUF).toString()).isEqualTo("5000 HUF");
    }

    @Test
    void moreDecimalsThanTheMinorUnitAreRefusedNotRounded() {
        assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("0.001"), Currency.EUR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("99.5"), Currency.HUF)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.fits(new BigDecimal("99.5"), Currency.HUF)).isFalse();
        assertThat(Money.fits(new BigDecimal("1E30"), Currency.EUR)).as("too large for a long").isFalse();
        assertThat(Money.fits(new BigDecimal("10.10"), Currency.EUR)).isTrue();
    }

    @Test
    void currenciesDoNotMix() {
        assertThat(Money.of(700, Currency.EUR).plus(Money.of(300, Currency.EUR))).isEqualTo(Money.of(1000, Currency.EUR));
        assertThat(Money.of(700, Currency.EUR).minus(Money.of(300, Currency.EUR))).isEqualTo(Money.of(400, Currency.EUR));
        assertThatThrownBy(() -> Money.of(700, Currency.EUR).plus(Money.of(300, Currency.HUF))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(700, Currency.EUR).compareTo(Money.of(300, Currency.HUF))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, Currency.EUR).plus(Money.of(1, Currency.EUR))).isInstanceOf(ArithmeticException.class);
    }
}

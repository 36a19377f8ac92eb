package org.citycoop.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Forints in euro cents, and the rate a redemption across the border recorded. */
class EurosTest {

    @Test
    void theRecordedRateIsForintsAEuroWhicheverWayTheVoucherCrossedTheBorder() {
        assertThat(Euros.hufPerEur("395.5")).isEqualByComparingTo("395.5");
        // the contract's "merchant currency per voucher currency unit" for a forint voucher in a euro shop
        assertThat(Euros.hufPerEur("0.0025")).isEqualByComparingTo("400");
    }

    @Test
    void aRateThatIsNoRateIsNotUsed() {
        assertThat(Euros.hufPerEur(null)).isNull();
        assertThat(Euros.hufPerEur(" ")).isNull();
        assertThat(Euros.hufPerEur("zero")).isNull();
        assertThat(Euros.hufPerEur("0")).isNull();
        assertThat(Euros.hufPerEur("-395")).isNull();
    }

    @Test
    void forintsBecomeCentsAtTheRateRoundedHalfUpAsRedemptionServiceRounds() {
        assertThat(Euros.cents(3_955, "HUF", new BigDecimal("395.5"))).isEqualTo(1_000);
        assertThat(Euros.cents(2_000, "HUF", new BigDecimal("395.5"))).isEqualTo(506);
        assertThat(Euros.cents(3_955, "HUF", new BigDecimal("400"))).isEqualTo(989);
        assertThat(Euros.cents(4_002, "HUF", new BigDecimal("400"))).as("1000.5 cents").isEqualTo(1_001);
        assertThat(Euros.cents(1_234, "EUR", new BigDecimal("395.5"))).isEqualTo(1_234);
    }
}

package org.citycoop.redemption.checkout.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The EUR/HUF band: 250 to 600 forints, a confirmation beyond 10 %, unless set; a band upside down or below zero stops the start. */
class ExchangeRateBandSettingsTest {

    @Test
    void withoutSettingsTheBandIs250To600AndAJumpOfMoreThanTenPercentNeedsConfirming() {
        ExchangeRateBandSettings band = bind(ExchangeRateBandSettings.class, Map.of());
        assertThat(band.lowest()).isEqualByComparingTo("250");
        assertThat(band.highest()).isEqualByComparingTo("600");
        assertThat(band.confirmAbovePercent()).isEqualByComparingTo("10");
        assertThat(band.bounds().check(new BigDecimal("440"), new BigDecimal("395"), false)).isInstanceOf(ExchangeRateBounds.NeedsConfirmation.class);
    }

    @Test
    void aBandSetInTheConfigurationIsTheOneUsed() {
        ExchangeRateBandSettings band = bind(ExchangeRateBandSettings.class, Map.of("citycoop.exchange-rate.eur-huf.lowest", "300",
                "citycoop.exchange-rate.eur-huf.highest", "500", "citycoop.exchange-rate.eur-huf.confirm-above-percent", "5"));
        assertThat(band.bounds().check(new BigDecimal("520"), null, true)).isInstanceOf(ExchangeRateBounds.OutsideBand.class);
        assertThat(band.bounds().check(new BigDecimal("420"), new BigDecimal("395"), false)).isInstanceOf(ExchangeRateBounds.NeedsConfirmation.class);
    }

    @Test
    void aNegativeEndOrThresholdStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(ExchangeRateBandSettings.class, Map.of("citycoop.exchange-rate.eur-huf.lowest", "-1")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.exchange-rate.eur-huf.lowest"));
        assertThatThrownBy(() -> bind(ExchangeRateBandSettings.class, Map.of("citycoop.exchange-rate.eur-huf.confirm-above-percent", "-5")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.exchange-rate.eur-huf.confirm-above-percent"));
    }

    @Test
    void aHighestEndNotAboveTheLowestStopsTheStartNamingBoth() {
        assertThatThrownBy(() -> bind(ExchangeRateBandSettings.class, Map.of("citycoop.exchange-rate.eur-huf.lowest", "400",
                "citycoop.exchange-rate.eur-huf.highest", "400")))
                .satisfies(failure -> assertThat(refusal(failure))
                        .contains("citycoop.exchange-rate.eur-huf.highest (400) must be above citycoop.exchange-rate.eur-huf.lowest (400)"));
    }
}

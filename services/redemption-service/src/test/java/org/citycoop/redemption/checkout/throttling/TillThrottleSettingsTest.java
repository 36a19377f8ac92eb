package org.citycoop.redemption.checkout.throttling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A till's limits: 20 a second (bursts of 40), 10 unknown codes per 10 minutes, 20,000 terminals held, unless set; none of them zero. */
class TillThrottleSettingsTest {

    @Test
    void withoutSettingsTheTillLimitsAreTheDocumentedOnes() {
        TillThrottleSettings settings = bind(TillThrottleSettings.class, Map.of());
        assertThat(settings.rate()).isEqualTo(new TillThrottleSettings.Rate(20, 40));
        assertThat(settings.unknownCodes()).isEqualTo(new TillThrottleSettings.UnknownCodes(10, Duration.ofMinutes(10)));
        assertThat(settings.throttle().maxTerminals()).isEqualTo(20_000);
    }

    @Test
    void limitsSetInTheConfigurationAreTheOnesUsedAndTheOthersKeepTheirDefaults() {
        TillThrottleSettings settings = bind(TillThrottleSettings.class, Map.of("citycoop.checkout.unknown-codes.allowed", "3",
                "citycoop.checkout.rate.per-second", "2", "citycoop.checkout.rate.burst", "6"));
        assertThat(settings.rate()).isEqualTo(new TillThrottleSettings.Rate(2, 6));
        assertThat(settings.unknownCodes()).isEqualTo(new TillThrottleSettings.UnknownCodes(3, Duration.ofMinutes(10)));
        assertThat(settings.throttle().maxTerminals()).isEqualTo(20_000);
    }

    @Test
    void aCountOrWindowOfZeroOrLessStopsTheStartNamingTheSetting() {
        for (String property : new String[] {"citycoop.checkout.rate.per-second", "citycoop.checkout.unknown-codes.allowed",
                "citycoop.checkout.throttle.max-terminals"}) {
            assertThatThrownBy(() -> bind(TillThrottleSettings.class, Map.of(property, "0")))
                    .satisfies(failure -> assertThat(refusal(failure)).contains(property));
        }
        assertThatThrownBy(() -> bind(TillThrottleSettings.class, Map.of("citycoop.checkout.unknown-codes.per", "-PT10M")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.checkout.unknown-codes.per"));
    }

    @Test
    void aBurstBelowTheRateStopsTheStartNamingBoth() {
        assertThatThrownBy(() -> bind(TillThrottleSettings.class, Map.of("citycoop.checkout.rate.per-second", "50")))
                .satisfies(failure -> assertThat(refusal(failure))
                        .contains("citycoop.checkout.rate.burst (40) must be at least citycoop.checkout.rate.per-second (50)"));
    }
}

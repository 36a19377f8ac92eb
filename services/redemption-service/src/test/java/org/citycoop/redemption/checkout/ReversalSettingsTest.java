package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The reversal window: 14 days unless set, and never zero or negative. */
class ReversalSettingsTest {

    @Test
    void withoutASettingAShopMayGiveMoneyBackForFourteenDays() {
        assertThat(bind(ReversalSettings.class, Map.of()).reversalWindow()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void aWindowSetInTheConfigurationIsTheOneUsed() {
        assertThat(bind(ReversalSettings.class, Map.of("citycoop.checkout.reversal-window", "7d")).reversalWindow()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aWindowOfZeroOrLessStopsTheStartNamingTheSetting() {
        for (String bad : new String[] {"0s", "-P1D"}) {
            assertThatThrownBy(() -> bind(ReversalSettings.class, Map.of("citycoop.checkout.reversal-window", bad)))
                    .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.checkout.reversal-window"));
        }
    }
}

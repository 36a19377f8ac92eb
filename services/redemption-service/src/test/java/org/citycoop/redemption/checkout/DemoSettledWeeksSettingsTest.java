package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The demo's settled weeks wait 10 minutes for what they need unless told otherwise, and never no time at all. */
class DemoSettledWeeksSettingsTest {

    @Test
    void withoutASettingTheSettledWeeksWaitTenMinutes() {
        assertThat(bind(DemoSettledWeeksSettings.class, Map.of()).settledWeeksWait()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aWaitSetInTheConfigurationIsTheOneUsed() {
        assertThat(bind(DemoSettledWeeksSettings.class, Map.of("citycoop.demo-data.settled-weeks-wait", "PT3M")).settledWeeksWait())
                .isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aWaitOfZeroStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(DemoSettledWeeksSettings.class, Map.of("citycoop.demo-data.settled-weeks-wait", "0s")))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.demo-data.settled-weeks-wait"));
    }
}

package org.citycoop.analytics.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The smallest cell shown: no default (analytics-service.yml says 5), at least one shopper. */
class MeasureSettingsTest {

    @Test
    void withoutMinShoppersTheServiceDoesNotStartAndSaysWhichSettingIsMissing() {
        assertThatThrownBy(() -> bind(MeasureSettings.class, Map.of()))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.analytics").contains("minShoppers").contains("must not be null"));
    }

    @Test
    void aCellOfFewerShoppersThanSetIsSuppressed() {
        MeasureSettings settings = bind(MeasureSettings.class, Map.of("citycoop.analytics.min-shoppers", "5"));
        assertThat(settings.suppression().hides(4)).isTrue();
        assertThat(settings.suppression().hides(5)).isFalse();
    }

    @Test
    void zeroOrFewerShoppersStopTheStartNamingTheSetting() {
        for (String bad : new String[] {"0", "-5"}) {
            assertThatThrownBy(() -> bind(MeasureSettings.class, Map.of("citycoop.analytics.min-shoppers", bad)))
                    .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.analytics.min-shoppers"));
        }
    }
}

package org.citycoop.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citycoop.testsupport.BoundSettings.bind;
import static org.citycoop.testsupport.BoundSettings.refusal;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The read model's topics and fallback rate: no defaults (analytics-service.yml sets them), a rate above 0, no topic blank. */
class ReadModelSettingsTest {

    private static final Map<String, String> PLATFORM = Map.of("citycoop.analytics.huf-per-eur", "400",
            "citycoop.analytics.topics.identity", "citycoop.identity.events", "citycoop.analytics.topics.merchants", "citycoop.merchant.events",
            "citycoop.analytics.topics.vouchers", "citycoop.voucher.events", "citycoop.analytics.topics.redemptions", "citycoop.redemption.events",
            "citycoop.analytics.topics.points", "citycoop.points.events");

    @Test
    void withoutSettingsTheServiceDoesNotStartAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> bind(ReadModelSettings.class, Map.of()))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.analytics").contains("hufPerEur").contains("topics"));
    }

    @Test
    void eachConsumerReadsTheTopicSetForIt() {
        ReadModelSettings settings = bind(ReadModelSettings.class, PLATFORM);
        assertThat(settings.hufPerEur()).isEqualByComparingTo("400");
        assertThat(new ReadModelTopics(settings).sources()).containsExactly(
                new ReadModelTopics.Source("analytics-service.identity", "citycoop.identity.events"),
                new ReadModelTopics.Source("analytics-service.merchants", "citycoop.merchant.events"),
                new ReadModelTopics.Source("analytics-service.vouchers", "citycoop.voucher.events"),
                new ReadModelTopics.Source("analytics-service.redemptions", "citycoop.redemption.events"),
                new ReadModelTopics.Source("analytics-service.points", "citycoop.points.events"));
    }

    @Test
    void aRateOfZeroOrLessStopsTheStartNamingTheSetting() {
        Map<String, String> settings = new HashMap<>(PLATFORM);
        settings.put("citycoop.analytics.huf-per-eur", "0");
        assertThatThrownBy(() -> bind(ReadModelSettings.class, settings))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.analytics.huf-per-eur"));
    }

    @Test
    void aBlankTopicStopsTheStartNamingTheSetting() {
        Map<String, String> settings = new HashMap<>(PLATFORM);
        settings.put("citycoop.analytics.topics.points", " ");
        assertThatThrownBy(() -> bind(ReadModelSettings.class, settings))
                .satisfies(failure -> assertThat(refusal(failure)).contains("citycoop.analytics.topics.points"));
    }
}

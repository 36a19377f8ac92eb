package org.citycoop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.citycoop.platform.SettingsBinding;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class WebSettingsTest {

    @Test
    void withNothingSetBodiesUpTo1MbAndSheddingFrom90Percent() {
        WebSettings settings = bind(Map.of());

        assertThat(settings.maxRequestSize()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(settings.shedAt()).isEqualTo(0.9);
    }

    @Test
    void aServiceSetsItsOwnLimits() {
        WebSettings settings = bind(Map.of("citycoop.web.max-request-size", "256KB", "citycoop.web.shed-at", "0.5"));

        assertThat(settings.maxRequestSize()).isEqualTo(DataSize.ofKilobytes(256));
        assertThat(settings.shedAt()).isEqualTo(0.5);
    }

    @Test
    void aShareAbove1OrAnEmptyLimitIsRefusedAtTheStart() {
        assertThat(refusal(Map.of("citycoop.web.shed-at", "1.5"))).contains("citycoop.web.shed-at");
        assertThat(refusal(Map.of("citycoop.web.shed-at", "0"))).contains("citycoop.web.shed-at");
        assertThat(refusal(Map.of("citycoop.web.max-request-size", "0B"))).contains("max-request-size must be positive");
        assertThat(refusal(Map.of("citycoop.web.max-request-size", "a lot"))).contains("a lot");
    }

    private static WebSettings bind(Map<String, String> properties) {
        return SettingsBinding.bind("citycoop.web", WebSettings.class, properties);
    }

    private static String refusal(Map<String, String> properties) {
        return SettingsBinding.refusal("citycoop.web", WebSettings.class, properties);
    }
}

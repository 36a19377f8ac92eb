package org.citycoop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.citycoop.platform.SettingsBinding;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
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
        assertThatThrownBy(() -> bind(Map.of("citycoop.web.shed-at", "1.5"))).isInstanceOf(BindException.class)
                .cause().hasMessageContaining("shedAt");
        assertThatThrownBy(() -> bind(Map.of("citycoop.web.shed-at", "0"))).isInstanceOf(BindException.class)
                .cause().hasMessageContaining("shedAt");
        assertThatThrownBy(() -> bind(Map.of("citycoop.web.max-request-size", "0B"))).isInstanceOf(BindException.class)
                .cause().hasMessageContaining("max-request-size must be positive");
        assertThatThrownBy(() -> bind(Map.of("citycoop.web.max-request-size", "a lot"))).isInstanceOf(BindException.class);
    }

    private static WebSettings bind(Map<String, String> properties) {
        return SettingsBinding.bind("citycoop.web", WebSettings.class, properties);
    }
}

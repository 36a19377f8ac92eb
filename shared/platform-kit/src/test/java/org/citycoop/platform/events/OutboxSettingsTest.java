package org.citycoop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.citycoop.platform.SettingsBinding;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

class OutboxSettingsTest {

    @Test
    void withNothingSetWhatIsIncompleteAfter60SecondsIsSentAgainLookingEvery30() {
        OutboxSettings settings = bind(Map.of());

        assertThat(settings.resubmitAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.resubmitInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aTestShortensBoth() {
        OutboxSettings settings = bind(Map.of("citycoop.outbox.resubmit-after", "10s", "citycoop.outbox.resubmit-interval", "5s"));

        assertThat(settings.resubmitAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.resubmitInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aZeroOrNegativeTimeIsRefusedAtTheStart() {
        assertThatThrownBy(() -> bind(Map.of("citycoop.outbox.resubmit-interval", "0s"))).isInstanceOf(BindException.class)
                .cause().hasMessageContaining("resubmitInterval");
        assertThatThrownBy(() -> bind(Map.of("citycoop.outbox.resubmit-after", "-5s"))).isInstanceOf(BindException.class)
                .cause().hasMessageContaining("resubmitAfter");
    }

    private static OutboxSettings bind(Map<String, String> properties) {
        return SettingsBinding.bind("citycoop.outbox", OutboxSettings.class, properties);
    }
}

package org.citycoop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.citycoop.platform.SettingsBinding;
import org.junit.jupiter.api.Test;

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
        assertThat(refusal(Map.of("citycoop.outbox.resubmit-interval", "0s"))).contains("citycoop.outbox.resubmit-interval");
        assertThat(refusal(Map.of("citycoop.outbox.resubmit-after", "-5s"))).contains("citycoop.outbox.resubmit-after");
    }

    private static OutboxSettings bind(Map<String, String> properties) {
        return SettingsBinding.bind("citycoop.outbox", OutboxSettings.class, properties);
    }

    private static String refusal(Map<String, String> properties) {
        return SettingsBinding.refusal("citycoop.outbox", OutboxSettings.class, properties);
    }
}

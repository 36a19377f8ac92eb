package org.citycoop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.citycoop.platform.SettingsBinding;
import org.junit.jupiter.api.Test;

class MessagingSettingsTest {

    @Test
    void withNothingSetFiveRetriesFrom200msAndEventIdsKept14Days() {
        MessagingSettings settings = bind(Map.of());

        assertThat(settings.retry()).isEqualTo(new MessagingSettings.Retry(Duration.ofMillis(200), 2.0, Duration.ofSeconds(5), 5));
        assertThat(settings.processedEvents())
                .isEqualTo(new MessagingSettings.ProcessedEvents(Duration.ofDays(14), Duration.ofHours(1), Duration.ofMinutes(5), 5000));
    }

    @Test
    void aTestRetriesFasterAndKeepsTheOtherDefaults() {
        MessagingSettings settings = bind(Map.of("citycoop.messaging.retry.initial-interval", "50ms",
                "citycoop.messaging.retry.max-interval", "200ms", "citycoop.messaging.retry.max-attempts", "4",
                "citycoop.messaging.processed-events.prune-batch", "100"));

        assertThat(settings.retry()).isEqualTo(new MessagingSettings.Retry(Duration.ofMillis(50), 2.0, Duration.ofMillis(200), 4));
        assertThat(settings.processedEvents().pruneBatch()).isEqualTo(100);
        assertThat(settings.processedEvents().retention()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void aShrinkingBackoffAnEmptyBatchOrNoRetentionIsRefusedAtTheStart() {
        assertThat(refusal(Map.of("citycoop.messaging.retry.multiplier", "0.5"))).contains("citycoop.messaging.retry.multiplier");
        assertThat(refusal(Map.of("citycoop.messaging.retry.max-attempts", "-1"))).contains("citycoop.messaging.retry.max-attempts");
        assertThat(refusal(Map.of("citycoop.messaging.processed-events.prune-batch", "0"))).contains("citycoop.messaging.processed-events.prune-batch");
        assertThat(refusal(Map.of("citycoop.messaging.processed-events.retention", "0d"))).contains("citycoop.messaging.processed-events.retention");
    }

    private static MessagingSettings bind(Map<String, String> properties) {
        return SettingsBinding.bind("citycoop.messaging", MessagingSettings.class, properties);
    }

    private static String refusal(Map<String, String> properties) {
        return SettingsBinding.refusal("citycoop.messaging", MessagingSettings.class, properties);
    }
}

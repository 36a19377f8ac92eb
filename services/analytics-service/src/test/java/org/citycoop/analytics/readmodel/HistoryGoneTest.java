package org.citycoop.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rebuild's check that the topics still hold every record ever written to them. */
class HistoryGoneTest {

    @Test
    void topicsThatStartAtOffsetZeroEverywhereAndDoNotCompactCanBeReplayed() {
        assertThatCode(() -> HistoryGone.check(Map.of("citycoop.redemption.events", Map.of(0, 0L, 1, 0L), "citycoop.voucher.events", Map.of(0, 0L)),
                Set.of())).doesNotThrowAnyException();
    }

    @Test
    void aPartitionWhoseOldestRecordsAreGoneRefusesTheRebuildNamingOnlyThatPartition() {
        HistoryGone refused = catchThrowableOfType(HistoryGone.class,
                () -> HistoryGone.check(Map.of("citycoop.redemption.events", Map.of(0, 0L, 3, 1_200L, 7, 5L), "citycoop.voucher.events", Map.of(0, 0L)),
                        Set.of()));
        assertThat(refused.gaps()).containsExactly(new HistoryGone.Gap("citycoop.redemption.events", 3, 1_200),
                new HistoryGone.Gap("citycoop.redemption.events", 7, 5));
        assertThat(refused.described()).isEqualTo("citycoop.redemption.events-3, citycoop.redemption.events-7");
    }

    @Test
    void aCompactedTopicRefusesTheRebuildEvenFromOffsetZero() {
        HistoryGone refused = catchThrowableOfType(HistoryGone.class,
                () -> HistoryGone.check(Map.of("citycoop.voucher.events", Map.of(0, 0L)), Set.of("citycoop.voucher.events")));
        assertThat(refused.gaps()).isEmpty();
        assertThat(refused.described()).isEqualTo("citycoop.voucher.events (cleanup.policy=compact)");
    }
}

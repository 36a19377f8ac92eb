package org.citycoop.points.rewards.decision;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What an operator adds to the reward catalogue; null where omitted. */
public record NewReward(@Nullable UUID programId, @Nullable Map<String, String> names, @Nullable BigDecimal amount, @Nullable String currency,
        @Nullable Long points) {
}

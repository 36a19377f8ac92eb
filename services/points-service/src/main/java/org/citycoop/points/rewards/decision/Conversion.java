package org.citycoop.points.rewards.decision;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a conversion is decided on: the reward asked for, as the catalogue has it ({@code null} if it has none with the id),
 * and the shopper's balance, read under the balance row's lock.
 */
public record Conversion(UUID rewardId, @Nullable Offer reward, long balance) {

    /** A catalogue entry as far as the decision goes. */
    public record Offer(UUID id, long points, boolean active) {
    }
}

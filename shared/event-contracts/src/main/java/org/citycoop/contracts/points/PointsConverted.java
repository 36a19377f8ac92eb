package org.citycoop.contracts.points;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A shopper turned points into a reward voucher: the points left the balance. Published with the
 * {@link RewardVoucherRequested} of the same {@code conversionId} (the request id), in one transaction.
 * Keyed by the shopper.
 */
@EventType(context = Context.POINTS, name = "points-converted", version = 1)
public record PointsConverted(UUID conversionId, UUID shopperId, UUID rewardId, long points, long balanceAfter, Instant convertedAt)
        implements IntegrationEvent {

    public PointsConverted {
        Objects.requireNonNull(conversionId, "conversionId");
        Objects.requireNonNull(shopperId, "shopperId");
        Objects.requireNonNull(rewardId, "rewardId");
        Objects.requireNonNull(convertedAt, "convertedAt");
        if (points <= 0 || balanceAfter < 0) {
            throw new IllegalArgumentException("points positive, balance never negative");
        }
    }

    @Override
    public String aggregateId() {
        return shopperId.toString();
    }
}

package org.citycoop.contracts.points;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * Points a shopper earned before {@code earnedBefore} and did not spend have expired (oldest first).
 * Keyed by the shopper.
 */
@EventType(context = Context.POINTS, name = "points-expired", version = 1)
public record PointsExpired(UUID expiryId, UUID shopperId, long points, Instant earnedBefore, long balanceAfter, Instant expiredAt)
        implements IntegrationEvent {

    public PointsExpired {
        Objects.requireNonNull(expiryId, "expiryId");
        Objects.requireNonNull(shopperId, "shopperId");
        Objects.requireNonNull(earnedBefore, "earnedBefore");
        Objects.requireNonNull(expiredAt, "expiredAt");
        if (points <= 0 || balanceAfter < 0) {
            throw new IllegalArgumentException("points positive, balance never negative");
        }
    }

    @Override
    public String aggregateId() {
        return shopperId.toString();
    }
}

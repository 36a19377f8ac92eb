package org.citycoop.contracts.points;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A refunded purchase gave back the points it earned, in proportion to the refund. {@code shortfall}
 * is what could not be taken back because the shopper had already spent it (the balance never goes
 * below zero). Keyed by the shopper.
 */
@EventType(context = Context.POINTS, name = "points-reversed", version = 1)
public record PointsReversed(UUID refundId, UUID purchaseId, UUID shopperId, long points, long shortfall, long balanceAfter, Instant reversedAt)
        implements IntegrationEvent {

    public PointsReversed {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(shopperId, "shopperId");
        Objects.requireNonNull(reversedAt, "reversedAt");
        if (points < 0 || shortfall < 0 || balanceAfter < 0) {
            throw new IllegalArgumentException("never negative");
        }
    }

    @Override
    public String aggregateId() {
        return shopperId.toString();
    }
}

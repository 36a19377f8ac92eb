package org.citycoop.contracts.points;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A shopper converted points into a reward voucher; voucher-service issues it into their wallet,
 * once per {@code requestId} however often the request arrives. Keyed by the shopper.
 *
 * @param amount      the voucher's value in minor units of {@code currency}
 * @param pointsSpent the points debited for it
 */
@EventType(context = Context.POINTS, name = "reward-voucher-requested", version = 1)
public record RewardVoucherRequested(UUID requestId, UUID shopperId, UUID programId, long amount, String currency, long pointsSpent,
        Instant requestedAt) implements IntegrationEvent {

    public RewardVoucherRequested {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(shopperId, "shopperId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (amount <= 0 || pointsSpent <= 0) {
            throw new IllegalArgumentException("amount and points must be positive");
        }
    }

    @Override
    public String aggregateId() {
        return shopperId.toString();
    }
}

package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A merchant left the network for good: no more redemptions; settlement of what was redeemed goes on.
 *
 * @param reason why, in the operator's words
 */
@EventType(context = Context.MERCHANT, name = "merchant-closed", version = 1)
public record MerchantClosed(UUID merchantId, String reason, Instant closedAt) implements IntegrationEvent {

    public MerchantClosed {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

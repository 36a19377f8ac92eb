package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * An operator suspended a merchant: it may not redeem vouchers until reactivated.
 *
 * @param reason why, in the operator's words
 */
@EventType(context = Context.MERCHANT, name = "merchant-suspended", version = 1)
public record MerchantSuspended(UUID merchantId, String reason, Instant suspendedAt) implements IntegrationEvent {

    public MerchantSuspended {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(suspendedAt, "suspendedAt");
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

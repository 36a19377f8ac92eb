package org.citycoop.contracts.redemption;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * Part or all of a recorded purchase was refunded at the till. Keyed like {@link PurchaseRecorded}
 * (the shopper, or the store when no member QR was shown), so it follows the purchase on its partition.
 *
 * @param amount        this refund, in minor units of {@code currency}
 * @param refundedTotal everything refunded of the purchase so far, this refund included
 */
@EventType(context = Context.REDEMPTION, name = "purchase-refunded", version = 1)
public record PurchaseRefunded(UUID refundId, UUID purchaseId, UUID merchantId, UUID storeId, UUID shopperId, long amount, long refundedTotal,
        long basketTotal, String currency, Instant refundedAt) implements IntegrationEvent {

    public PurchaseRefunded {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(refundedAt, "refundedAt");
        if (amount <= 0 || refundedTotal < amount || refundedTotal > basketTotal) {
            throw new IllegalArgumentException("a positive refund, within the basket");
        }
    }

    @Override
    public String aggregateId() {
        return (shopperId != null ? shopperId : storeId).toString();
    }
}

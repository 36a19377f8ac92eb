package org.citycoop.contracts.redemption;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A purchase at a store of the network, with or without a voucher in the basket; with the shopper if
 * they showed a valid member token (points-service accrues points for it). Amounts in minor units of
 * {@code currency} (the store's). Keyed by the shopper, or by the store for anonymous purchases.
 *
 * @param shopperId     from the member token; null when none was shown or it was not accepted
 * @param voucherAmount the part of the basket paid with vouchers, in the store's currency (0 if none)
 */
@EventType(context = Context.REDEMPTION, name = "purchase-recorded", version = 1)
public record PurchaseRecorded(UUID purchaseId, UUID merchantId, UUID storeId, String cityCode, UUID shopperId, long basketTotal, String currency,
        long voucherAmount, Instant recordedAt) implements IntegrationEvent {

    public PurchaseRecorded {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (basketTotal <= 0 || voucherAmount < 0) {
            throw new IllegalArgumentException("basket total positive, voucher amount not negative");
        }
    }

    @Override
    public String aggregateId() {
        return (shopperId != null ? shopperId : storeId).toString();
    }
}

package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A merchant opened a store (a place where vouchers are redeemed); keyed by the merchant, so a
 * merchant's events stay in order.
 *
 * @param cityCode the partner city the store is in (may differ from the merchant's seat)
 */
@EventType(context = Context.MERCHANT, name = "store-opened", version = 1)
public record StoreOpened(UUID storeId, UUID merchantId, String name, String cityCode, Instant openedAt) implements IntegrationEvent {

    public StoreOpened {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A merchant's details or status changed (also: reactivated after a suspension). Carries the whole
 * current state other services replicate, so a consumer never needs an earlier event to apply it.
 *
 * @param status ACTIVE, SUSPENDED or CLOSED
 */
@EventType(context = Context.MERCHANT, name = "merchant-updated", version = 1)
public record MerchantUpdated(UUID merchantId, String legalName, String tradingName, String cityCode, String countryCode, String naceCode,
        String status, Instant updatedAt) implements IntegrationEvent {

    public MerchantUpdated {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(tradingName, "tradingName");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(naceCode, "naceCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A merchant joined the network and may accept vouchers from now on.
 *
 * @param merchantId   the merchant's id
 * @param legalName    registered legal name
 * @param tradingName  the name shoppers know
 * @param cityCode     partner city the merchant trades in, e.g. {@code at-feldbach}
 * @param countryCode  ISO 3166-1 alpha-2 country of that city: AT, SI or HU
 * @param naceCode     NACE Rev. 2 class of the merchant's main activity, e.g. {@code 47.24}
 * @param registeredAt when the merchant was registered
 * @param ownerId      the account id (the {@code sub} of their tokens) of the applicant who becomes the
 *                     merchant's owner on approval; null when an operator registered the merchant. Added
 *                     to v1 additively (ADR 0025): consumers that do not know it ignore it
 */
@EventType(context = Context.MERCHANT, name = "merchant-registered", version = 1)
public record MerchantRegistered(
        UUID merchantId,
        String legalName,
        String tradingName,
        String cityCode,
        String countryCode,
        String naceCode,
        Instant registeredAt,
        UUID ownerId) implements IntegrationEvent {

    public MerchantRegistered {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(tradingName, "tradingName");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(naceCode, "naceCode");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** A merchant registered by an operator: nobody to make its owner. */
    public MerchantRegistered(UUID merchantId, String legalName, String tradingName, String cityCode, String countryCode, String naceCode,
            Instant registeredAt) {
        this(merchantId, legalName, tradingName, cityCode, countryCode, naceCode, registeredAt, null);
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

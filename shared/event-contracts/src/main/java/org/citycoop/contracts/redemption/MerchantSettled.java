package org.citycoop.contracts.redemption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A merchant's redemptions of one issuer's vouchers in a period were settled: the issuer pays out
 * {@code payout} = {@code redeemed} − {@code reversed}, in minor units of the merchant's currency.
 * Keyed by the merchant.
 *
 * @param issuer the program issuer who pays: a partner city code or {@code cooperation}
 */
@EventType(context = Context.REDEMPTION, name = "merchant-settled", version = 1)
public record MerchantSettled(UUID settlementId, UUID merchantId, String issuer, LocalDate periodFrom, LocalDate periodTo, int redemptions,
        long redeemed, long reversed, long payout, String currency, Instant settledAt) implements IntegrationEvent {

    public MerchantSettled {
        Objects.requireNonNull(settlementId, "settlementId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(settledAt, "settledAt");
        if (payout != redeemed - reversed) {
            throw new IllegalArgumentException("payout must be redeemed - reversed");
        }
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

package org.citycoop.contracts.redemption;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * Part or all of a voucher was spent at a store. redemption-service is the only writer of balances:
 * {@code balanceAfter} is the voucher's balance after this redemption, and {@code sequence} counts the
 * voucher's balance changes (1, 2, …), so a replica applies the newest and ignores late ones. Amounts
 * in minor units. Keyed by the voucher.
 *
 * @param amount           what was taken off the voucher, in its {@code currency}
 * @param merchantAmount   what the merchant is credited, in {@code merchantCurrency} (differs for an EUR voucher in a HUF shop)
 * @param exchangeRate     the EUR/HUF reference rate used, in forints per euro whichever side is which (an EUR voucher in a
 *                         HUF shop or a HUF voucher in an EUR shop), as a decimal string; "1" when the currencies are the same
 */
@EventType(context = Context.REDEMPTION, name = "voucher-redeemed", version = 1)
public record VoucherRedeemed(UUID redemptionId, UUID voucherId, UUID merchantId, UUID storeId, long amount, String currency, long merchantAmount,
        String merchantCurrency, String exchangeRate, long balanceAfter, long sequence, Instant redeemedAt) implements IntegrationEvent {

    public VoucherRedeemed {
        Objects.requireNonNull(redemptionId, "redemptionId");
        Objects.requireNonNull(voucherId, "voucherId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(merchantCurrency, "merchantCurrency");
        Objects.requireNonNull(exchangeRate, "exchangeRate");
        Objects.requireNonNull(redeemedAt, "redeemedAt");
        if (amount <= 0 || merchantAmount <= 0 || balanceAfter < 0 || sequence < 1) {
            throw new IllegalArgumentException("amounts positive, balance not negative, sequence from 1");
        }
    }

    @Override
    public String aggregateId() {
        return voucherId.toString();
    }
}

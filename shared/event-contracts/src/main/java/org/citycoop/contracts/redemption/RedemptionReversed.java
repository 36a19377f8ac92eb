package org.citycoop.contracts.redemption;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A redemption was reversed, fully or in part: {@code amount} goes back onto the voucher.
 * {@code balanceAfter} and {@code sequence} as in {@link VoucherRedeemed}. Keyed by the voucher.
 */
@EventType(context = Context.REDEMPTION, name = "redemption-reversed", version = 1)
public record RedemptionReversed(UUID reversalId, UUID redemptionId, UUID voucherId, UUID merchantId, long amount, String currency, long balanceAfter,
        long sequence, Instant reversedAt) implements IntegrationEvent {

    public RedemptionReversed {
        Objects.requireNonNull(reversalId, "reversalId");
        Objects.requireNonNull(redemptionId, "redemptionId");
        Objects.requireNonNull(voucherId, "voucherId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(reversedAt, "reversedAt");
        if (amount <= 0 || balanceAfter < 0 || sequence < 1) {
            throw new IllegalArgumentException("amount positive, balance not negative, sequence from 1");
        }
    }

    @Override
    public String aggregateId() {
        return voucherId.toString();
    }
}

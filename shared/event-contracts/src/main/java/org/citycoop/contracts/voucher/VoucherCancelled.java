package org.citycoop.contracts.voucher;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * An operator cancelled a voucher: it can no longer be spent, and its unspent balance is refunded to
 * whoever paid. Keyed by the voucher.
 *
 * @param refund the unspent balance refunded, in minor units of {@code currency}
 */
@EventType(context = Context.VOUCHER, name = "voucher-cancelled", version = 1)
public record VoucherCancelled(UUID voucherId, String reason, long refund, String currency, Instant cancelledAt) implements IntegrationEvent {

    public VoucherCancelled {
        Objects.requireNonNull(voucherId, "voucherId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        if (refund < 0) {
            throw new IllegalArgumentException("refund must not be negative");
        }
    }

    @Override
    public String aggregateId() {
        return voucherId.toString();
    }
}

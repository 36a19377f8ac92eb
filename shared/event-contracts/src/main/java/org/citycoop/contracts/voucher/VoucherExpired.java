package org.citycoop.contracts.voucher;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A voucher reached its expiry date: it can no longer be spent. Published once per voucher.
 * Keyed by the voucher.
 *
 * @param breakage the balance left unspent (the issuer keeps it), in minor units of {@code currency}
 */
@EventType(context = Context.VOUCHER, name = "voucher-expired", version = 1)
public record VoucherExpired(UUID voucherId, UUID programId, long breakage, String currency, Instant expiredAt) implements IntegrationEvent {

    public VoucherExpired {
        Objects.requireNonNull(voucherId, "voucherId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(expiredAt, "expiredAt");
        if (breakage < 0) {
            throw new IllegalArgumentException("breakage must not be negative");
        }
    }

    @Override
    public String aggregateId() {
        return voucherId.toString();
    }
}

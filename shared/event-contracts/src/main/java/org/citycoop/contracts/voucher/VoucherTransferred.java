package org.citycoop.contracts.voucher;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A voucher changed hands: given away by a shopper (it becomes a bearer voucher with a new code) or
 * claimed into a wallet (it gets a new code again). The old code stops working; {@code codeHash} is
 * the new code's. Keyed by the voucher.
 *
 * @param fromHolderId the wallet it left, null if it was a bearer voucher
 * @param toHolderId   the wallet it went to, null while it is a bearer voucher
 */
@EventType(context = Context.VOUCHER, name = "voucher-transferred", version = 1)
public record VoucherTransferred(UUID voucherId, UUID fromHolderId, UUID toHolderId, String codeHash, Instant transferredAt)
        implements IntegrationEvent {

    public VoucherTransferred {
        Objects.requireNonNull(voucherId, "voucherId");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(transferredAt, "transferredAt");
    }

    @Override
    public String aggregateId() {
        return voucherId.toString();
    }
}

package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/** A merchant opted out of a voucher program: its vouchers are declined there from now on. Keyed by the merchant. */
@EventType(context = Context.MERCHANT, name = "program-withdrawn", version = 1)
public record ProgramWithdrawn(UUID merchantId, UUID programId, Instant withdrawnAt) implements IntegrationEvent {

    public ProgramWithdrawn {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

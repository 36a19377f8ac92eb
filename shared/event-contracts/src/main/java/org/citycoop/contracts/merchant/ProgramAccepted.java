package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/** A merchant opted in to a voucher program: its vouchers may be spent in the merchant's stores. Keyed by the merchant. */
@EventType(context = Context.MERCHANT, name = "program-accepted", version = 1)
public record ProgramAccepted(UUID merchantId, UUID programId, Instant acceptedAt) implements IntegrationEvent {

    public ProgramAccepted {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

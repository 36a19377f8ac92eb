package org.citycoop.contracts.voucher;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/** An operator closed a program: no more sales; vouchers already sold stay spendable until they expire. */
@EventType(context = Context.VOUCHER, name = "program-closed", version = 1)
public record ProgramClosed(UUID programId, String reason, Instant closedAt) implements IntegrationEvent {

    public ProgramClosed {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    @Override
    public String aggregateId() {
        return programId.toString();
    }
}

package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/** A merchant took a terminal out of service (lost, replaced); identity-service revokes its credentials. Keyed by the merchant. */
@EventType(context = Context.MERCHANT, name = "terminal-retired", version = 1)
public record TerminalRetired(UUID terminalId, UUID merchantId, UUID storeId, String reason, Instant retiredAt) implements IntegrationEvent {

    public TerminalRetired {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(retiredAt, "retiredAt");
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

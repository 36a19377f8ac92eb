package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A merchant registered a terminal (a POS device or a phone) at one of its stores; identity-service
 * then issues its credentials, and redemptions made with it name the store. Keyed by the merchant.
 *
 * @param kind {@code POS} or {@code PHONE}
 */
@EventType(context = Context.MERCHANT, name = "terminal-registered", version = 1)
public record TerminalRegistered(UUID terminalId, UUID merchantId, UUID storeId, String label, String kind, Instant registeredAt)
        implements IntegrationEvent {

    public TerminalRegistered {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}

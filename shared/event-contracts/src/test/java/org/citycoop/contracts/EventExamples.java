package org.citycoop.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantClosed;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantSuspended;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.citycoop.contracts.merchant.StoreOpened;

/** One realistic example per event type; the schema test requires one for every catalogued type. */
final class EventExamples {

    static final Map<Class<? extends IntegrationEvent>, IntegrationEvent> BY_TYPE = Map.of(
            MerchantRegistered.class, new MerchantRegistered(
                    UUID.fromString("0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11"),
                    "Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "AT", "10.71",
                    Instant.parse("2026-11-21T08:15:30Z")),
            MerchantUpdated.class, new MerchantUpdated(UUID.fromString("0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11"), "Bäckerei Fasching GmbH",
                    "Bäckerei Fasching & Café", "at-feldbach", "AT", "10.71", "ACTIVE", Instant.parse("2026-11-22T07:00:00Z")),
            MerchantSuspended.class, new MerchantSuspended(UUID.fromString("0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11"),
                    "Unpaid membership fee", Instant.parse("2026-11-23T10:00:00Z")),
            MerchantClosed.class, new MerchantClosed(UUID.fromString("0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11"), "Shop closed by its owner",
                    Instant.parse("2026-12-31T17:00:00Z")),
            StoreOpened.class, new StoreOpened(UUID.fromString("7a1c2e4b-3d5f-4a6b-8c9d-0e1f2a3b4c5d"),
                    UUID.fromString("0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11"), "Filiale Gleisdorf", "at-gleisdorf", Instant.parse("2026-11-24T07:00:00Z")),
            UserRegistered.class, new UserRegistered(UUID.fromString("5d2c8a1e-0f3b-4b7a-9d4e-2a6f1c3b8e90"), List.of("SHOPPER"), "si-ptuj",
                    null, Instant.parse("2026-11-21T09:00:00Z")));

    private EventExamples() {
    }
}

package org.citycoop.identity.terminals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A terminal as merchant-service registered it, with the state of its credentials here.
 *
 * @param clientId             the OAuth2 client id once credentials were issued
 * @param credentialsIssuedAt  when the current secret was issued
 * @param credentialsRevokedAt when the credentials were revoked (by the owner, or because the terminal was retired)
 */
public record RegisteredTerminal(UUID terminalId, UUID merchantId, UUID storeId, String label, String kind, Instant registeredAt,
        @Nullable Instant retiredAt, @Nullable String clientId, @Nullable Instant credentialsIssuedAt, @Nullable Instant credentialsRevokedAt) {
}

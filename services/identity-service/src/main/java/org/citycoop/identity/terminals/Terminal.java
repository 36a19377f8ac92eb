package org.citycoop.identity.terminals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The credentials of a merchant's POS device or phone, an OAuth2 client of the authorization server.
 * {@code terminalId} and {@code storeId} name the terminal registered in merchant-service (absent only
 * for credentials issued before terminals belonged to stores).
 */
public record Terminal(String clientId, UUID merchantId, String label, String issuedBy, Instant issuedAt, @Nullable Instant revokedAt,
        @Nullable UUID terminalId, @Nullable UUID storeId) {
}

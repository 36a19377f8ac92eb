package org.citycoop.identity.terminals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A merchant's POS device or phone, known to the authorization server as an OAuth2 client. */
public record Terminal(String clientId, UUID merchantId, String label, String issuedBy, Instant issuedAt, @Nullable Instant revokedAt) {
}

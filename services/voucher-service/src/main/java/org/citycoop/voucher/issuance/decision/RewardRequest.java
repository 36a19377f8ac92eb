package org.citycoop.voucher.issuance.decision;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A reward voucher points-service asks for, as loaded.
 *
 * @param offer the program with {@code programId}, none if there is none
 * @param amount the reward's value in minor units of {@code currency}
 * @param alreadyIssued whether a voucher was issued for {@code requestId} before
 */
public record RewardRequest(UUID requestId, UUID programId, @Nullable Offer offer, String currency, long amount, boolean alreadyIssued) {
}

package org.citycoop.voucher.issuance.decision;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The program a sale or an order names, and what it sells as loaded.
 *
 * @param offer the program with this id, none if there is none
 */
public record ProgramAsked(@Nullable UUID programId, @Nullable Offer offer) {
}

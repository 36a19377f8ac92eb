/**
 * Settlement's decisions in plain Java, apart from their effects: whether a period may be settled and what its open
 * redemptions and reversals net to per merchant, issuer and currency ({@link org.citycoop.redemption.settlement.decision.Settling}),
 * what issuers owe the cities where their vouchers were spent, offset per pair
 * ({@link org.citycoop.redemption.settlement.decision.Offsetting}), and whether the euro payouts can go to the bank
 * ({@link org.citycoop.redemption.settlement.decision.PayingOut}). Records in, an outcome or a named refusal out; the rules
 * are lists of named policies. No Spring, JDBC, HTTP or Kafka here (an ArchUnit rule holds it): the services in
 * {@code settlement} load, call the decision, store and publish.
 */
@NullMarked
package org.citycoop.redemption.settlement.decision;

import org.jspecify.annotations.NullMarked;

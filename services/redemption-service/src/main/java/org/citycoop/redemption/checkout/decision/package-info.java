/**
 * The till's decisions in plain Java, apart from their effects: what a voucher as loaded may be spent
 * on here and now ({@link org.citycoop.redemption.checkout.decision.Redeeming}), and what of a redemption
 * may be given back ({@link org.citycoop.redemption.checkout.decision.Reversing}), what of a till's purchase is
 * recorded ({@link org.citycoop.redemption.checkout.decision.Purchasing}) and what of it may be refunded
 * ({@link org.citycoop.redemption.checkout.decision.Refunding}). Records in, an outcome
 * or a named refusal out; the rules are lists of named policies. No Spring, JDBC, HTTP or Kafka here
 * (an ArchUnit rule holds it): the services in {@code checkout} load, call the decision, store and publish.
 */
@NullMarked
package org.citycoop.redemption.checkout.decision;

import org.jspecify.annotations.NullMarked;

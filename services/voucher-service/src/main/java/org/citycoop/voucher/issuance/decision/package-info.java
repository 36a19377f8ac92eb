/**
 * Selling and issuing vouchers, decided in plain Java apart from their effects: whether a program sells an amount at
 * the counter ({@link org.citycoop.voucher.issuance.decision.Selling}), what a voucher is worth and until when
 * ({@link org.citycoop.voucher.issuance.decision.Issuing}), and whether a reward points-service asked for can be issued
 * ({@link org.citycoop.voucher.issuance.decision.Rewarding}). Records in, an outcome or a named refusal out; the rules
 * are lists of named policies. No Spring, JDBC, HTTP or Kafka here (an ArchUnit rule holds it): the services in
 * {@code issuance} load, call the decision, store and publish.
 */
@NullMarked
package org.citycoop.voucher.issuance.decision;

import org.jspecify.annotations.NullMarked;

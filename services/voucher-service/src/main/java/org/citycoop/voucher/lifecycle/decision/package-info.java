/**
 * A voucher's life after issue, decided in plain Java apart from its effects ({@link org.citycoop.voucher.lifecycle.decision.Changing}):
 * whether it may be cancelled (and what is refunded: its unspent balance), given away or claimed into a wallet. Records in,
 * an outcome or a named refusal out; the rules are lists of named policies. No Spring, JDBC, HTTP or Kafka here (an ArchUnit
 * rule holds it): {@code VoucherLifecycle} locks, calls the decision, stores and publishes.
 */
@NullMarked
package org.citycoop.voucher.lifecycle.decision;

import org.jspecify.annotations.NullMarked;

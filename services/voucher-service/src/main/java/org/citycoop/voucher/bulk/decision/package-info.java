/**
 * An employer's bulk order, decided in plain Java apart from its effects ({@link org.citycoop.voucher.bulk.decision.Ordering}):
 * the program's refusal first, then every problem of the order and of its employee list at once, then the country's tax-free
 * rule over every line. Records in, an outcome or a named refusal out; the rules are lists of named policies. No Spring,
 * JDBC, HTTP or Kafka here (an ArchUnit rule holds it): {@code BulkOrders} loads, calls the decision, stores and publishes.
 */
@NullMarked
package org.citycoop.voucher.bulk.decision;

import org.jspecify.annotations.NullMarked;

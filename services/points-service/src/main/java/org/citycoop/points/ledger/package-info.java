/** The double-entry points ledger and the shoppers' balances, the only place that writes them. */
@org.jspecify.annotations.NullMarked
package org.citycoop.points.ledger;

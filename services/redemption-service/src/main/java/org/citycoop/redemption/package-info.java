/** redemption-service: spendable voucher balances, checkout transactions, idempotency keys, settlement. */
@NullMarked
package org.citycoop.redemption;

import org.jspecify.annotations.NullMarked;

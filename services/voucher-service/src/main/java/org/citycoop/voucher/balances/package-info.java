/** The wallet's view of balances and the history of each voucher, from redemption-service's events. */
@NullMarked
package org.citycoop.voucher.balances;

import org.jspecify.annotations.NullMarked;

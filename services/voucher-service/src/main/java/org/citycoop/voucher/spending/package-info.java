/** Where a voucher can be spent: a replica of merchants and the programs they accept, from merchant-service's events. */
@NullMarked
package org.citycoop.voucher.spending;

import org.jspecify.annotations.NullMarked;

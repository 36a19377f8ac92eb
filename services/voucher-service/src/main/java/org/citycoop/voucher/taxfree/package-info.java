/** Tax-free limits for employers' vouchers per country of employment: the rules with their legal sources, their operators' edits, the check of an order. */
@NullMarked
package org.citycoop.voucher.taxfree;

import org.jspecify.annotations.NullMarked;

/** The EUR/HUF reference rate that vouchers spent across the Hungarian border are converted at: set by operators within a plausible band, read by checkout. */
@NullMarked
package org.citycoop.redemption.checkout.rates;

import org.jspecify.annotations.NullMarked;

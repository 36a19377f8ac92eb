/** The shoppers identity-service announced ({@code UserRegistered}): vouchers go only to wallets that exist. */
@NullMarked
package org.citycoop.voucher.shoppers;

import org.jspecify.annotations.NullMarked;

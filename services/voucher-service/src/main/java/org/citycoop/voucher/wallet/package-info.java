/** The shopper's wallet: their vouchers with codes and QR codes; QR codes of bearer vouchers for operators. */
@NullMarked
package org.citycoop.voucher.wallet;

import org.jspecify.annotations.NullMarked;

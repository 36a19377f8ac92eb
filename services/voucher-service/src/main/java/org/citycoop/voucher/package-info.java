/** voucher-service: voucher programs, issuance, codes and QR, the shopper's wallet view, expiry. */
@NullMarked
package org.citycoop.voucher;

import org.jspecify.annotations.NullMarked;

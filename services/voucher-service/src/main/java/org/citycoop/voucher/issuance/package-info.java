/** Issuing vouchers: counter sales by operators (idempotent), each voucher published as {@code VoucherIssued}. */
@NullMarked
package org.citycoop.voucher.issuance;

import org.jspecify.annotations.NullMarked;

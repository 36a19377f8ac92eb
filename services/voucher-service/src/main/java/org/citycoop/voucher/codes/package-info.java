/** Voucher codes at rest (keyed hash to look up, sealed copy for the holder) and as QR codes (ZXing). */
@NullMarked
package org.citycoop.voucher.codes;

import org.jspecify.annotations.NullMarked;

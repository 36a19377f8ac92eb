/** Reading a voucher's QR code from a photo or screenshot at the till (ZXing). */
@NullMarked
package org.citycoop.redemption.checkout.images;

import org.jspecify.annotations.NullMarked;

/** The shopper's wallet in the browser: vouchers and their QR codes, claiming and giving vouchers, the rotating member QR. */
@org.jspecify.annotations.NullMarked
package org.citycoop.web.wallet;

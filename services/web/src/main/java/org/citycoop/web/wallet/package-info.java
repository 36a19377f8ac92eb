/** The shopper's wallet in the browser: for now the rotating member QR (points-service's member tokens). */
@org.jspecify.annotations.NullMarked
package org.citycoop.web.wallet;

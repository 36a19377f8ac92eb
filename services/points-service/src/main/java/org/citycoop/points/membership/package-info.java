/** Loyalty accounts and the rotating member QR: short-lived signed member tokens and the keys that check them. */
@org.jspecify.annotations.NullMarked
package org.citycoop.points.membership;

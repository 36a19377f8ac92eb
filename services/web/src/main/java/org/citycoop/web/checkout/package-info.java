/** The merchants' checkout: scan, redeem, reverse, record the purchase for points, the day's takings, the owner's statements. */
@org.jspecify.annotations.NullMarked
package org.citycoop.web.checkout;

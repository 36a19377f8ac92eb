/** Checkout at the till: scanning a code, redeeming (idempotent, never below zero), and the replicas it decides with. */
@NullMarked
package org.citycoop.redemption.checkout;

import org.jspecify.annotations.NullMarked;

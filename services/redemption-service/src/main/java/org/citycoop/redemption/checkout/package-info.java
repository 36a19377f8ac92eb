/** Checkout at the till: scanning a code, redeeming (idempotent, never below zero), giving back, purchases for points, and the replicas it decides with. The rules are in {@code decision}; the adapters beside their feature: {@code images} (QR photos), {@code throttling} (per-terminal limits), {@code rates} (the EUR/HUF reference rate). */
@NullMarked
package org.citycoop.redemption.checkout;

import org.jspecify.annotations.NullMarked;

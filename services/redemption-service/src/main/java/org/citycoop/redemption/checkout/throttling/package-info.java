/** Per-terminal limits at the till (the kit's bounded throttles) and the 429 answer when one is reached; operators list throttled terminals. */
@NullMarked
package org.citycoop.redemption.checkout.throttling;

import org.jspecify.annotations.NullMarked;

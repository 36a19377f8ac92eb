/** redemption-service's replica of the network's merchants, kept from merchant events. */
@NullMarked
package org.citycoop.redemption.merchants;

import org.jspecify.annotations.NullMarked;

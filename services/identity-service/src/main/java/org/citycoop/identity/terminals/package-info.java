/** Merchant terminals: client credentials issued by the merchant's owner (or an operator), and revoked. */
@NullMarked
package org.citycoop.identity.terminals;

import org.jspecify.annotations.NullMarked;

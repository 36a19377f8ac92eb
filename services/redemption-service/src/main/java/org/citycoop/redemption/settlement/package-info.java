/** Settlement: per merchant, issuer and period, redemptions less reversals is what the issuer pays out ({@code MerchantSettled}). */
@NullMarked
package org.citycoop.redemption.settlement;

import org.jspecify.annotations.NullMarked;

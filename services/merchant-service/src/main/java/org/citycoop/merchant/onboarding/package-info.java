/** Registering merchants in the network; each registration is published as {@code MerchantRegistered}. */
@NullMarked
package org.citycoop.merchant.onboarding;

import org.jspecify.annotations.NullMarked;

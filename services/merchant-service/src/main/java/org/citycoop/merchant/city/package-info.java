/** The partner cities of the network: reference data with country, currency, language and time zone. */
@NullMarked
package org.citycoop.merchant.city;

import org.jspecify.annotations.NullMarked;

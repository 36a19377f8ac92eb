/** The values a merchant is registered with, checked where they are made: VAT ids per country, IBANs, NACE sectors. Plain Java. */
@NullMarked
package org.citycoop.merchant.registry;

import org.jspecify.annotations.NullMarked;

/** Becoming a merchant: a shopper applies for their business at {@code /merchants/apply} and opens their shop once approved (ADR 0025). */
@NullMarked
package org.citycoop.web.merchants;

import org.jspecify.annotations.NullMarked;

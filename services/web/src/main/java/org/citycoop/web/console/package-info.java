/** The operators' console: programs, merchant applications, counter sales, bulk orders, the exchange rate, throttled tills, the audit log. */
@org.jspecify.annotations.NullMarked
package org.citycoop.web.console;

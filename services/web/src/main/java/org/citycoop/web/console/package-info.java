/**
 * The operators' console: one controller a section (voucher programs, merchant applications, counter
 * sales, bulk orders, settlements, the exchange rate, paused tills, the audit log), each with its
 * template fragment {@code templates/console/<section>.html}, drawn in the frame they share
 * ({@link org.citycoop.web.console.ConsoleFrame}: the sections, who may see them, how the services are
 * called and their refusals shown).
 */
@org.jspecify.annotations.NullMarked
package org.citycoop.web.console;

/**
 * Idempotent commands, once for every service (ADR 29): a request that moves money carries an
 * {@code Idempotency-Key}; its retry gets the first answer again and changes nothing, the same key
 * with another request is refused ({@code idempotency-key-reused}, 422), and two requests with one
 * key at once never both run. {@link org.citycoop.platform.idempotency.IdempotentCommands} is the
 * skeleton; each command keeps its earlier answers in its own table and hands the kit the lookup.
 */
@NullMarked
package org.citycoop.platform.idempotency;

import org.jspecify.annotations.NullMarked;

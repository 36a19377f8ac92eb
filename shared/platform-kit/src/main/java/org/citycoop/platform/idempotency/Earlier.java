package org.citycoop.platform.idempotency;

import java.util.function.Supplier;

/**
 * What a command stored under a key: the fingerprint of the request it answered, and how to read its
 * answer back. The answer is read only when the fingerprint matches (a reused key reads nothing more).
 */
public record Earlier<A>(String requestHash, Supplier<? extends A> answer) {
}

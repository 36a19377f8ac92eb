package org.citycoop.platform.idempotency;

import org.citycoop.platform.web.IdempotencyKeys;
import org.jspecify.annotations.Nullable;

/**
 * A caller's {@code Idempotency-Key}: keys are the caller's own, so two callers may use the same one
 * ({@code owner} is the caller's subject, or whatever the command's table keys its answers by).
 */
public record IdempotencyKey(String owner, String value) {

    /** The checked key of {@code owner}, or a 400 {@code idempotency-key-missing} problem detail ({@link IdempotencyKeys#require}). */
    public static IdempotencyKey of(String owner, @Nullable String header) {
        return new IdempotencyKey(owner, IdempotencyKeys.require(header));
    }
}

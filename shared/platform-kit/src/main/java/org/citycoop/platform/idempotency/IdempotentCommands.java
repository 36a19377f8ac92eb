package org.citycoop.platform.idempotency;

import java.util.Optional;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;

/**
 * The skeleton of every command that must never run twice for one request (ADR 29): lock the key,
 * look up the earlier answer, and either give it again (same request), refuse (another request under
 * the same key: {@link IdempotencyKeyReused}), or run the command. Call it inside the command's
 * transaction; the command stores its answer with the key and the request's fingerprint in that
 * transaction, in its own table, where {@code lookupEarlier} finds it.
 */
@RequiredArgsConstructor
public class IdempotentCommands {

    private final KeyLock locks;

    /**
     * Runs {@code execute} once per key and request.
     *
     * @param scope what the keys are for, and what a concurrent request with the key gets
     * @param key the caller's checked key ({@link IdempotencyKey#of})
     * @param requestHash the request's fingerprint ({@link RequestFingerprint}), stored with the answer
     * @param lookupEarlier the answer stored under the key, if any (called after the key is locked)
     * @param execute the command itself; it stores its answer under the key and {@code requestHash}
     */
    public <A> Answer<A> run(KeyScope scope, IdempotencyKey key, String requestHash, Supplier<Optional<Earlier<A>>> lookupEarlier, Supplier<A> execute) {
        locks.lock(scope, key);
        return replayOrRun(requestHash, lookupEarlier.get(), execute);
    }

    /** The rule once the key is held: the earlier answer to the same request, a refusal for another request, or a fresh run. */
    static <A> Answer<A> replayOrRun(String requestHash, Optional<Earlier<A>> earlier, Supplier<A> execute) {
        if (earlier.isEmpty()) {
            return new Answer.Fresh<>(execute.get());
        }
        if (!earlier.get().requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReused();
        }
        return new Answer.Replayed<>(earlier.get().answer().get());
    }
}

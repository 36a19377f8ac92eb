package org.citycoop.platform.idempotency;

/**
 * What an idempotent command answers: {@link Fresh} when it ran now (the controller's 201), or
 * {@link Replayed}, the earlier answer to the same request under the same key (200 with
 * {@code Idempotent-Replayed: true}).
 */
public sealed interface Answer<A> permits Answer.Fresh, Answer.Replayed {

    /** The answer itself. */
    A value();

    /** Whether this is the earlier answer given again. */
    default boolean replayed() {
        return this instanceof Replayed;
    }

    /** The command ran now. */
    record Fresh<A>(A value) implements Answer<A> {
    }

    /** The command had run before with this key and this request: its answer, nothing done again. */
    record Replayed<A>(A value) implements Answer<A> {
    }
}

package org.citycoop.platform.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * What a command's keys are for: its {@code name} keeps them apart from other commands' keys (a
 * purchase and a refund may carry the same key), and it says what a second request with a key still
 * in use gets: it waits for the first and then gets the first's answer ({@link #waiting}), or it is
 * refused at once with 409 and the given problem type, and may retry ({@link #refusingWhileBusy}).
 */
public record KeyScope(String name, @Nullable String busyProblem) {

    public KeyScope {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a key scope needs a name");
        }
    }

    /** A second request with the key waits until the first has committed or rolled back. */
    public static KeyScope waiting(String name) {
        return new KeyScope(name, null);
    }

    /** A second request with the key while the first runs is refused: 409 {@code busyProblem}. */
    public static KeyScope refusingWhileBusy(String name, String busyProblem) {
        return new KeyScope(name, busyProblem);
    }

    /** The text the lock is taken on: scope, owner and key, each but the last prefixed with its length so no two triples meet. */
    String lockText(IdempotencyKey key) {
        return name.length() + ":" + name + key.owner().length() + ":" + key.owner() + key.value();
    }
}

package org.citycoop.platform.throttle;

import java.time.Duration;

/**
 * A request refused for now, nothing done: answered 429 with {@code Retry-After} and the problem type
 * {@code urn:citycoop:problem:<type>} by the service that throws it.
 */
public class Throttled extends RuntimeException {

    private final String type;
    private final Duration retryAfter;

    public Throttled(String type, Duration retryAfter) {
        super(type + ", retry after " + retryAfter);
        this.type = type;
        this.retryAfter = retryAfter;
    }

    /** The problem type's last part, e.g. {@code throttled-unknown-codes}. */
    public String type() {
        return type;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least one, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes, rounded up and at least one, for the words a person reads. */
    public long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }
}

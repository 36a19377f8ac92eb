package org.citycoop.launcher;

/**
 * A reason to stop, said in one line after "citycoop: " (the launcher exits with 1, or with
 * {@link #exitCode()}); without a message when it has been said already.
 */
final class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    Failure(String message) {
        this(message, 1);
    }

    Failure(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}

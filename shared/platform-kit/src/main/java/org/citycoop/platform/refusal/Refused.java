package org.citycoop.platform.refusal;

/**
 * A use case refused, nothing was changed: {@link #refusal()} is the feature's domain type saying why. The web edge answers
 * it with the problem detail the feature maps it to ({@code org.citycoop.platform.web.RefusalProblems}).
 */
public final class Refused extends RuntimeException {

    private final transient Object refusal;

    public Refused(Object refusal) {
        super(String.valueOf(refusal), null, false, false);
        this.refusal = refusal;
    }

    /** The feature's refusal (a record of its sealed interface, or a constant of its enum). */
    public Object refusal() {
        return refusal;
    }
}

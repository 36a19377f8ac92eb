package org.citycoop.platform.web;

/**
 * A feature's web edge for its refusals: which domain type it maps, and the problem detail each refusal is (status, type,
 * the arguments of its texts, the fields at fault). A bean of the feature; {@link RefusedAnswers} asks it when a use case
 * throws {@link org.citycoop.platform.refusal.Refused} with such a refusal.
 */
public interface RefusalProblems<R> {

    /** The feature's refusal type (its sealed interface or enum). */
    Class<R> refusals();

    /** The problem detail {@code refusal} is answered with. */
    RequestRejected problem(R refusal);
}

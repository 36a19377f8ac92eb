package org.citycoop.platform.web;

import org.springframework.core.GenericTypeResolver;

/**
 * A feature's web edge for its refusals: the problem detail each refusal of its domain type {@code R} is (status, type,
 * the arguments of its texts, the fields at fault). A bean of the feature; {@link RefusedAnswers} asks it when a use case
 * throws {@link org.citycoop.platform.refusal.Refused} with such a refusal.
 */
public interface RefusalProblems<R> {

    /** The feature's refusal type (its sealed interface or enum): the {@code R} the implementing class names. */
    @SuppressWarnings("unchecked")
    default Class<R> refusals() {
        Class<?> type = GenericTypeResolver.resolveTypeArgument(getClass(), RefusalProblems.class);
        if (type == null) {
            throw new IllegalStateException(getClass().getName() + " implements RefusalProblems without naming its refusal type");
        }
        return (Class<R>) type;
    }

    /** The problem detail {@code refusal} is answered with. */
    RequestRejected problem(R refusal);
}

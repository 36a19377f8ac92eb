package org.citycoop.analytics.measures;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a measure is not answered for the question asked: one record a reason, thrown by the use case as
 * {@link Refused} and mapped to its problem detail at the web edge ({@link ScopeRefusalProblems}).
 */
public sealed interface ScopeRefusal {

    /** Fields of the request are wrong (every one named). */
    record Invalid(List<Fault> faults) implements ScopeRefusal {
        public Invalid {
            faults = List.copyOf(faults);
        }
    }

    /** The economist asked for cities outside their own (named, comma-separated, for the text). */
    record NotYourCities(String foreign) implements ScopeRefusal {
    }

    /** What is wrong with one field: the field, a message code and its arguments. */
    record Fault(String field, String code, List<Object> args) {
        public static Fault of(String field, String code, Object... args) {
            return new Fault(field, code, Collections.unmodifiableList(Arrays.asList(args.clone())));
        }
    }

    default Refused refused() {
        return new Refused(this);
    }

    /** The refusal thrown out of a use case; nothing was changed. */
    final class Refused extends RuntimeException {

        private final transient ScopeRefusal refusal;

        Refused(ScopeRefusal refusal) {
            super(refusal.toString(), null, false, false);
            this.refusal = refusal;
        }

        public ScopeRefusal refusal() {
            return refusal;
        }
    }
}

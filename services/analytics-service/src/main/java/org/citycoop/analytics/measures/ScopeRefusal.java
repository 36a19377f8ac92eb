package org.citycoop.analytics.measures;

import java.util.List;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.refusal.Refused;

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

    /** This refusal, to be thrown out of the use case. */
    default Refused refused() {
        return new Refused(this);
    }
}

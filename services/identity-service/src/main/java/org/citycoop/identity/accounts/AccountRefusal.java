package org.citycoop.identity.accounts;

import java.util.List;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.refusal.Refused;

/**
 * Why an account is not registered, invited, changed or shown: one record a reason, thrown by the use case as
 * {@link Refused} and mapped to its problem detail at the web edge ({@link AccountRefusalProblems}).
 */
public sealed interface AccountRefusal {

    /** Fields of the request are wrong (every one named). */
    record Invalid(List<Fault> faults) implements AccountRefusal {
        public Invalid {
            faults = List.copyOf(faults);
        }
    }

    /** An account with this e-mail exists. */
    record EmailTaken() implements AccountRefusal {
    }

    /** No invitation with this token. */
    record InvitationUnknown() implements AccountRefusal {
    }

    /** The invitation was accepted already, or it expired. */
    record InvitationUsed() implements AccountRefusal {
    }

    /** No such account (or none the caller may change). */
    record AccountUnknown() implements AccountRefusal {
    }

    /** The caller does not act for this merchant. */
    record NotYourMerchant() implements AccountRefusal {
    }

    /** The caller may not invite into this role or scope. */
    record InvitationNotAllowed() implements AccountRefusal {
    }

    /** This refusal, to be thrown out of the use case. */
    default Refused refused() {
        return new Refused(this);
    }
}

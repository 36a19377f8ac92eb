package org.citycoop.merchant.onboarding;

import java.util.List;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.refusal.Refused;

/**
 * Why a merchant is not registered, applied for, edited or moved to another status: one record a reason, thrown by the use case as
 * {@link Refused} and mapped to its problem detail at the web edge ({@link MerchantRefusalProblems}).
 */
public sealed interface MerchantRefusal {

    /** Fields of the request are wrong (every one named). */
    record Invalid(List<Fault> faults) implements MerchantRefusal {
        public Invalid {
            faults = List.copyOf(faults);
        }
    }

    /** The caller neither administers this merchant nor is an operator. */
    record NotYourMerchant() implements MerchantRefusal {
    }

    /** No merchant with this id. */
    record MerchantUnknown() implements MerchantRefusal {
    }

    /** A closed merchant's details are not edited any more. */
    record NotEditable(Merchant.Status status) implements MerchantRefusal {
    }

    /** The merchant's status cannot become {@code next} from where it is. */
    record TransitionRefused(Merchant.Status status, Merchant.Status next) implements MerchantRefusal {
    }

    /** A merchant with this VAT id is registered already. */
    record VatTaken(String vatId) implements MerchantRefusal {
    }

    /** This refusal, to be thrown out of the use case. */
    default Refused refused() {
        return new Refused(this);
    }
}

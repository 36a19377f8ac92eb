package org.citycoop.merchant.stores;

import java.util.List;

import org.citycoop.merchant.onboarding.Merchant;
import org.citycoop.platform.refusal.Fault;
import org.citycoop.platform.refusal.Refused;

/**
 * Why a store or terminal is not opened, registered, retired or listed: one record a reason, thrown by the use case as
 * {@link Refused} and mapped to its problem detail at the web edge ({@link StoreRefusalProblems}).
 */
public sealed interface StoreRefusal {

    /** Fields of the request are wrong (every one named). */
    record Invalid(List<Fault> faults) implements StoreRefusal {
        public Invalid {
            faults = List.copyOf(faults);
        }
    }

    /** The caller does not administer (or may not view) this merchant. */
    record NotYourMerchant() implements StoreRefusal {
    }

    /** No merchant with this id. */
    record MerchantUnknown() implements StoreRefusal {
    }

    /** Only an active merchant opens stores and registers terminals. */
    record MerchantNotActive(Merchant.Status status) implements StoreRefusal {
    }

    /** No store with this id at this merchant. */
    record StoreUnknown() implements StoreRefusal {
    }

    /** No terminal with this id at this store. */
    record TerminalUnknown() implements StoreRefusal {
    }

    /** This refusal, to be thrown out of the use case. */
    default Refused refused() {
        return new Refused(this);
    }
}

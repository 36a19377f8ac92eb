package org.citycoop.merchant.stores;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.citycoop.merchant.onboarding.Merchant;

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

        private final transient StoreRefusal refusal;

        Refused(StoreRefusal refusal) {
            super(refusal.toString(), null, false, false);
            this.refusal = refusal;
        }

        public StoreRefusal refusal() {
            return refusal;
        }
    }
}

package org.citycoop.merchant.acceptance;

import org.citycoop.merchant.onboarding.Merchant;

/**
 * Why a merchant does not opt in to (or out of) a voucher program: one record a reason, thrown by the use case as
 * {@link Refused} and mapped to its problem detail at the web edge ({@link AcceptanceRefusalProblems}).
 */
public sealed interface AcceptanceRefusal {

    /** The caller does not administer this merchant. */
    record NotYourMerchant() implements AcceptanceRefusal {
    }

    /** No merchant with this id. */
    record MerchantUnknown() implements AcceptanceRefusal {
    }

    /** Only an active merchant opts in. */
    record MerchantNotActive(Merchant.Status status) implements AcceptanceRefusal {
    }

    /** No program with this id is known here. */
    record ProgramUnknown() implements AcceptanceRefusal {
    }

    /** The program is not active (its English name, for the text). */
    record ProgramClosed(String programName) implements AcceptanceRefusal {
    }

    /** The program covers none of the merchant's cities (its seat, for the text). */
    record ProgramNotHere(String cityCode) implements AcceptanceRefusal {
    }

    default Refused refused() {
        return new Refused(this);
    }

    /** The refusal thrown out of a use case; nothing was changed. */
    final class Refused extends RuntimeException {

        private final transient AcceptanceRefusal refusal;

        Refused(AcceptanceRefusal refusal) {
            super(refusal.toString(), null, false, false);
            this.refusal = refusal;
        }

        public AcceptanceRefusal refusal() {
            return refusal;
        }
    }
}

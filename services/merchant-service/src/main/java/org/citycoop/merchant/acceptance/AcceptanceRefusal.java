package org.citycoop.merchant.acceptance;

import org.citycoop.merchant.onboarding.Merchant;
import org.citycoop.platform.refusal.Refused;

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

    /** This refusal, to be thrown out of the use case. */
    default Refused refused() {
        return new Refused(this);
    }
}

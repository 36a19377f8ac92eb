package org.citycoop.redemption.checkout;

import java.util.UUID;

import org.citycoop.platform.refusal.Refused;

/**
 * Why a till request has no store it may act for: one record a reason, thrown by the use case as
 * {@link Refused} and mapped to its problem detail at the web edge ({@link PlaceRefusalProblems}).
 */
public sealed interface PlaceRefusal {

    /** The caller acts for no merchant: only a merchant's till, cashier or owner checks out. */
    record NotAMerchant() implements PlaceRefusal {
    }

    /** A cashier or owner named no store (a terminal's token names its own). */
    record StoreMissing() implements PlaceRefusal {
    }

    /** The named store is not one of the caller's merchant. */
    record StoreUnknown(UUID storeId) implements PlaceRefusal {
    }

    /** This refusal, to be thrown out of the use case. */
    default Refused refused() {
        return new Refused(this);
    }
}

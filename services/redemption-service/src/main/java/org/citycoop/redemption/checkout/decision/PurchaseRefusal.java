package org.citycoop.redemption.checkout.decision;

import java.util.UUID;

import org.citycoop.contracts.money.Currency;

/** Why a purchase is not recorded: one record a reason, mapped to its problem detail at the web edge. */
public sealed interface PurchaseRefusal {

    /** The basket is not in the store's currency. */
    record NotInStoreCurrency(Currency storeCurrency) implements PurchaseRefusal {
    }

    /** No basket total, not positive, or more decimals than the currency. */
    record BasketMalformed() implements PurchaseRefusal {
    }

    /** A redemption named as paying part of it is no approved redemption of this merchant. */
    record UnknownRedemption(UUID redemptionId) implements PurchaseRefusal {
    }
}

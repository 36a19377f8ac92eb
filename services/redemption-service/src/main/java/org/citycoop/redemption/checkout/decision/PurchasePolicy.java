package org.citycoop.redemption.checkout.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One rule of recording a purchase: empty if it allows, else the refusal. Asked in order; the first refusal is the answer. */
@FunctionalInterface
public interface PurchasePolicy extends Function<Purchase, Optional<PurchaseRefusal>> {

    /** A basket is in the store's currency (its city's). */
    PurchasePolicy inStoreCurrency = purchase -> purchase.storeCurrency().name().equals(purchase.currency())
            ? Optional.empty()
            : Optional.of(new PurchaseRefusal.NotInStoreCurrency(purchase.storeCurrency()));

    /** The basket total is positive and fits the currency. */
    PurchasePolicy basketWellFormed = purchase -> purchase.basketTotal() == null || purchase.basketTotal().signum() <= 0
            || !org.citycoop.contracts.money.Money.fits(purchase.basketTotal(), purchase.storeCurrency())
            ? Optional.of(new PurchaseRefusal.BasketMalformed())
            : Optional.empty();

    /** Every redemption said to pay part of it is an approved redemption of this merchant (the first that is not is named). */
    PurchasePolicy paidWithOwnRedemptions = purchase -> purchase.paidWith().stream().filter(paid -> paid.paid() == null).findFirst()
            .map(paid -> new PurchaseRefusal.UnknownRedemption(paid.redemptionId()));

    /** The rules, in the order their refusals are given. */
    static List<PurchasePolicy> allCurrentPolicies() {
        return List.of(inStoreCurrency, basketWellFormed, paidWithOwnRedemptions);
    }
}

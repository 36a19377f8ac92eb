package org.citycoop.redemption.checkout.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One rule of refunding a purchase: empty if it allows, else the refusal. Asked in order; the first refusal is the answer. */
@FunctionalInterface
public interface RefundPolicy extends Function<Refund, Optional<RefundRefusal>> {

    /** Only the shop that recorded a purchase refunds it. */
    RefundPolicy purchasedAtThisShop = refund -> refund.bought() == null || !refund.byTheSellingShop()
            ? Optional.of(new RefundRefusal.NoSuchPurchase(refund.purchaseId()))
            : Optional.empty();

    /** Within the window after the purchase (its last moment included). */
    RefundPolicy withinWindow = refund -> refund.bought().at().plus(refund.window()).isBefore(refund.now())
            ? Optional.of(new RefundRefusal.WindowOver(refund.window()))
            : Optional.empty();

    /** An amount is named, positive, and fits the purchase's currency. */
    RefundPolicy amountWellFormed = refund -> refund.amount().isEmpty()
            ? Optional.of(new RefundRefusal.AmountMalformed(refund.bought().left()))
            : Optional.empty();

    /** Never more than was paid, less what was refunded before. */
    RefundPolicy notMoreThanPaid = refund -> {
        var left = refund.bought().left();
        return refund.amount().orElseThrow().compareTo(left) > 0 ? Optional.of(new RefundRefusal.MoreThanLeft(left)) : Optional.empty();
    };

    /** The rules, in the order their refusals are given. */
    static List<RefundPolicy> allCurrentPolicies() {
        return List.of(purchasedAtThisShop, withinWindow, amountWellFormed, notMoreThanPaid);
    }
}

package org.citycoop.redemption.checkout.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One rule of giving back a redemption: empty if it allows, else the refusal. Asked in order; the first refusal is the answer. */
@FunctionalInterface
public interface ReversalPolicy extends Function<Reversal, Optional<ReversalRefusal>> {

    /** Only the shop that redeemed an approved redemption gives it back. */
    ReversalPolicy redeemedByThisShop = reversal -> reversal.redeemed() == null || !reversal.byTheRedeemingShop()
            ? Optional.of(new ReversalRefusal.NoSuchRedemption())
            : Optional.empty();

    /** A settled redemption stays as it was paid out. */
    ReversalPolicy notSettled = reversal -> reversal.redeemed().settled() ? Optional.of(new ReversalRefusal.AlreadySettled()) : Optional.empty();

    /** Within the window after the redemption (its last moment included). */
    ReversalPolicy withinWindow = reversal -> reversal.redeemed().at().plus(reversal.window()).isBefore(reversal.now())
            ? Optional.of(new ReversalRefusal.WindowOver(reversal.window()))
            : Optional.empty();

    /** The amount is positive and fits the redemption's currency. */
    ReversalPolicy amountWellFormed = reversal -> reversal.amount().isEmpty()
            ? Optional.of(new ReversalRefusal.AmountMalformed(reversal.redeemed().currency()))
            : Optional.empty();

    /** Never more than is left of what was redeemed, and never nothing. */
    ReversalPolicy notMoreThanLeft = reversal -> {
        var amount = reversal.amount().orElseThrow();
        var left = reversal.redeemed().left();
        return !amount.isPositive() || amount.compareTo(left) > 0 ? Optional.of(new ReversalRefusal.MoreThanLeft(left)) : Optional.empty();
    };

    /** The rules, in the order their refusals are given. */
    static List<ReversalPolicy> allCurrentPolicies() {
        return List.of(redeemedByThisShop, notSettled, withinWindow, amountWellFormed, notMoreThanLeft);
    }
}

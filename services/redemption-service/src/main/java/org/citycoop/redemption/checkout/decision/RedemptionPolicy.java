package org.citycoop.redemption.checkout.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One rule of taking an amount off a voucher that may be spent here ({@link SpendingPolicy}): empty if it allows, else the
 * decline.
 */
@FunctionalInterface
public interface RedemptionPolicy extends Function<Redemption, Optional<Decline>> {

    /** The amount is in the voucher's or the store's currency, and converts to something on both sides. */
    RedemptionPolicy amountConvertible = redemption -> redemption.conversion().isPresent() ? Optional.empty() : Optional.of(Decline.WRONG_CURRENCY);

    /** Never below zero: the voucher holds at least the amount (in its own currency). */
    RedemptionPolicy balanceCovers = redemption -> redemption.conversion()
            .filter(conversion -> redemption.spending().voucher().balance() < conversion.debit().minor()).map(conversion -> Decline.INSUFFICIENT_BALANCE);

    /** The rules after the spending policies, in the order their declines are given. */
    static List<RedemptionPolicy> allCurrentPolicies() {
        return List.of(amountConvertible, balanceCovers);
    }
}

package org.citycoop.redemption.checkout.decision;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A shop asking to give back all ({@code requested} none) or part of a redemption, as loaded.
 *
 * @param redeemed the approved redemption, none if there is no such one
 * @param byTheRedeemingShop whether the caller acts for the merchant that redeemed it
 * @param window how long after the redemption it may be given back
 */
public record Reversal(@Nullable Redeemed redeemed, boolean byTheRedeemingShop, @Nullable BigDecimal requested, Duration window, Instant now) {

    /** An approved redemption: what was taken, what of it was given back already, and whether it is in a settlement. */
    public record Redeemed(UUID redemptionId, UUID voucherId, UUID merchantId, Money amount, Money reversed, Instant at, boolean settled) {

        /** What may still be given back. */
        public Money left() {
            return amount.minus(reversed);
        }

        public Currency currency() {
            return amount.currency();
        }
    }

    /** The amount asked for (all that is left when none), or empty when it is not an amount of the redemption's currency. */
    Optional<Money> amount() {
        Redeemed original = java.util.Objects.requireNonNull(redeemed, "the redemption");
        if (requested == null) {
            return Optional.of(original.left());
        }
        if (requested.signum() <= 0 || !Money.fits(requested, original.currency())) {
            return Optional.empty();
        }
        return Optional.of(Money.ofMajor(requested, original.currency()));
    }
}

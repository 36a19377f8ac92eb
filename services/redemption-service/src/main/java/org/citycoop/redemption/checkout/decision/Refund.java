package org.citycoop.redemption.checkout.decision;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A shop asking to refund {@code requested} of a recorded purchase (goods brought back), as loaded.
 *
 * @param bought the purchase, none if there is no such one
 * @param byTheSellingShop whether the caller acts for the merchant that recorded it
 * @param window how long after the purchase it may be refunded (the reversal window)
 */
public record Refund(UUID purchaseId, @Nullable Bought bought, boolean byTheSellingShop, @Nullable BigDecimal requested, Duration window, Instant now) {

    /** A recorded purchase: its basket, what of it was refunded already, and when it was made. */
    public record Bought(Money basketTotal, Money refunded, Instant at) {

        /** What may still be refunded. */
        public Money left() {
            return basketTotal.minus(refunded);
        }

        public Currency currency() {
            return basketTotal.currency();
        }
    }

    /** The amount asked for, or empty when there is none, it is not positive, or it has more decimals than the purchase's currency. */
    Optional<Money> amount() {
        Bought purchase = Objects.requireNonNull(bought, "the purchase");
        if (requested == null || requested.signum() <= 0 || !Money.fits(requested, purchase.currency())) {
            return Optional.empty();
        }
        return Optional.of(Money.ofMajor(requested, purchase.currency()));
    }
}

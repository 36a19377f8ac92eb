package org.citycoop.redemption.checkout.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A till recording a purchase, as loaded: the basket total and currency it named, the store's currency, and the redemptions it
 * says paid part of the basket.
 */
public record Purchase(Currency storeCurrency, @Nullable String currency, @Nullable BigDecimal basketTotal, List<PaidWith> paidWith) {

    public Purchase {
        paidWith = List.copyOf(paidWith);
    }

    /**
     * One redemption named as part of the payment.
     *
     * @param paid what it credited this merchant (in the store's currency), none if it is no approved redemption of this merchant
     */
    public record PaidWith(UUID redemptionId, @Nullable Money paid) {
    }
}

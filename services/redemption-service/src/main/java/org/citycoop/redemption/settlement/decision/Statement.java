package org.citycoop.redemption.settlement.decision;

import java.util.UUID;

import org.citycoop.contracts.money.Money;

/** What one merchant is paid out for one issuer's vouchers in one currency for a period: redeemed less reversed. */
public record Statement(UUID merchantId, String issuer, int redemptions, Money redeemed, Money reversed) {

    public Money payout() {
        return redeemed.minus(reversed);
    }
}

package org.citycoop.redemption.checkout.decision;

import java.util.Optional;

import org.citycoop.contracts.money.Money;

/** A till asking to take {@code requested} off a voucher: the spending, and the amount (in the voucher's or the store's currency). */
public record Redemption(Spending spending, Money requested) {

    /** The amount on both sides, if it converts. */
    public Optional<Conversion> conversion() {
        return Conversion.of(requested, spending);
    }
}

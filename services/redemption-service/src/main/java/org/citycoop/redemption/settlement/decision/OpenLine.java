package org.citycoop.redemption.settlement.decision;

import java.util.UUID;

import org.citycoop.contracts.money.Money;

/**
 * One approved redemption or one reversal not settled yet, as the merchant was credited or debited for it: in the store's
 * currency (a cross-currency reversal at its redemption's rate), under the voucher's issuer.
 */
public record OpenLine(UUID merchantId, String issuer, Kind kind, Money credited) {

    /** What the line is. */
    public enum Kind {
        REDEMPTION, REVERSAL
    }
}

package org.citycoop.redemption.checkout.decision;

import java.time.Duration;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;

/** Why nothing of a redemption is given back: one record a reason, mapped to its problem detail at the web edge. */
public sealed interface ReversalRefusal {

    /** No approved redemption with this id, or another shop's: the caller learns nothing of it. */
    record NoSuchRedemption() implements ReversalRefusal {
    }

    /** It is in a settlement already: its correction goes into the next period. */
    record AlreadySettled() implements ReversalRefusal {
    }

    /** The reversal window is over. */
    record WindowOver(Duration window) implements ReversalRefusal {
    }

    /** The amount is not positive, or has more decimals than the currency. */
    record AmountMalformed(Currency currency) implements ReversalRefusal {
    }

    /** More than is left of the redemption (or nothing is left). */
    record MoreThanLeft(Money left) implements ReversalRefusal {
    }
}

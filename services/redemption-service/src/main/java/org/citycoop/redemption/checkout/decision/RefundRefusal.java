package org.citycoop.redemption.checkout.decision;

import java.time.Duration;
import java.util.UUID;

import org.citycoop.contracts.money.Money;

/** Why nothing of a purchase is refunded: one record a reason, mapped to its problem detail at the web edge. */
public sealed interface RefundRefusal {

    /** No purchase with this id, or another shop's: the caller learns nothing of it. */
    record NoSuchPurchase(UUID purchaseId) implements RefundRefusal {
    }

    /** The window after the purchase is over. */
    record WindowOver(Duration window) implements RefundRefusal {
    }

    /** No amount, not positive, or more decimals than the currency; {@code left} is what could be refunded. */
    record AmountMalformed(Money left) implements RefundRefusal {
    }

    /** More than is left of what was paid (or nothing is left). */
    record MoreThanLeft(Money left) implements RefundRefusal {
    }
}

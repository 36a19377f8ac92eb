package org.citycoop.voucher.lifecycle.decision;

import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A voucher as locked for a change: whose wallet it is in (none for a bearer voucher), whether it is still spendable, and
 * what is left on it.
 */
public record Held(UUID voucherId, @Nullable UUID holderId, State state, Money balance) {

    /** Spendable, or not any more. */
    public enum State {
        ACTIVE, CANCELLED, EXPIRED
    }
}

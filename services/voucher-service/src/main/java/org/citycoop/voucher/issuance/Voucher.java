package org.citycoop.voucher.issuance;

import java.time.Instant;
import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;

/** A voucher as stored (its code only sealed). */
public record Voucher(UUID id, UUID programId, String codeHint, Money faceValue, Money balance, Money price, Money subsidy, Channel channel,
        @Nullable String paymentMethod, @Nullable UUID holderId, @Nullable UUID saleId, Status status, Instant issuedAt, Instant expiresAt) {

    /** How it came to be. */
    public enum Channel {
        COUNTER, BULK, REWARD
    }

    /** Spendable, or not any more. */
    public enum Status {
        ACTIVE, CANCELLED, EXPIRED
    }

    /** The last day it can be spent, in the cities' calendar: what the wallet and the printed voucher say. */
    public java.time.LocalDate validUntil() {
        return CitiesCalendar.lastDayBefore(expiresAt);
    }

    /** A bearer voucher belongs to whoever holds the paper. */
    public boolean bearer() {
        return holderId == null;
    }
}

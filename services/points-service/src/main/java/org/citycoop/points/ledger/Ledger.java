package org.citycoop.points.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The points ledger: every movement is one balanced transaction of two entries, and the shopper's
 * balance ({@code points_balance}, never below zero) moves with it. Callers first {@link #lock} the
 * shopper's balance row in their transaction, so one shopper's points change one use case at a time.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Ledger {

    /** The ledger's accounts besides the shopper's own. */
    public enum Account {
        ISSUED("issued"), EXPIRED("expired"), CONVERTED("converted"), REVERSED("reversed");

        private final String column;

        Account(String column) {
            this.column = column;
        }
    }

    /** Why points move (the entries' kind). */
    public enum Kind {
        ACCRUAL, EXPIRY, CONVERSION, REVERSAL
    }

    private final JdbcClient jdbc;

    /** Locks the shopper's balance row (opening it at 0) for the rest of the transaction; returns the balance. */
    public long lock(UUID shopper) {
        // one statement: opens the account or, through the no-op update, locks the existing row
        return jdbc.sql("""
                INSERT INTO points_balance (shopper_id, balance) VALUES (:s, 0)
                ON CONFLICT (shopper_id) DO UPDATE SET balance = points_balance.balance RETURNING balance""")
                .param("s", shopper).query(Long.class).single();
    }

    /** Locks the shopper's balance row unless another transaction holds it (then empty); returns the balance. */
    public java.util.Optional<Long> tryLock(UUID shopper) {
        return jdbc.sql("SELECT balance FROM points_balance WHERE shopper_id = :s FOR UPDATE SKIP LOCKED").param("s", shopper).query(Long.class).optional();
    }

    /** The shopper's balance now (0 without an account). */
    public long balance(UUID shopper) {
        return jdbc.sql("SELECT balance FROM points_balance WHERE shopper_id = :s").param("s", shopper).query(Long.class).optional().orElse(0L);
    }

    /** All points ever taken out of the shopper's account (converted, expired, reversed). */
    public long takenOut(UUID shopper) {
        return jdbc.sql("SELECT coalesce(-sum(amount), 0) FROM points_entry WHERE shopper_id = :s AND account = 'shopper' AND amount < 0")
                .param("s", shopper).query(Long.class).single();
    }

    /** Points from {@code from} to the shopper; returns the new balance. */
    public long credit(UUID transaction, UUID shopper, Account from, long points, Kind kind, Instant at) {
        return move(transaction, shopper, from, points, kind, at);
    }

    /** Points from the shopper to {@code to} (the caller checked the balance covers them); returns the new balance. */
    public long debit(UUID transaction, UUID shopper, Account to, long points, Kind kind, Instant at) {
        return move(transaction, shopper, to, -points, kind, at);
    }

    private long move(UUID transaction, UUID shopper, Account other, long toShopper, Kind kind, Instant at) {
        if (toShopper == 0) {
            return balance(shopper);
        }
        // the two entries and the balance in one round trip
        return jdbc.sql("""
                WITH entries AS (
                    INSERT INTO points_entry (transaction_id, account, shopper_id, amount, kind, at)
                    VALUES (:t, :other, :s, :otherAmount, :kind, :at), (:t, 'shopper', :s, :shopperAmount, :kind, :at))
                UPDATE points_balance SET balance = balance + :shopperAmount WHERE shopper_id = :s RETURNING balance""")
                .param("t", transaction).param("other", other.column).param("s", shopper).param("otherAmount", -toShopper)
                .param("shopperAmount", toShopper).param("kind", kind.name()).param("at", Timestamp.from(at)).query(Long.class).single();
    }
}

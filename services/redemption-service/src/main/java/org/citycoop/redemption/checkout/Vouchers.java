package org.citycoop.redemption.checkout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.redemption.checkout.decision.Spending;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/**
 * Balances: the vouchers as checkout decides with them (with their program from the replica), and the only two writes of a
 * balance, each one conditional update that returns the balance and sequence after it.
 */
@Repository
@RequiredArgsConstructor
class Vouchers {

    record Changed(long balance, long sequence) {
    }

    private final JdbcClient jdbc;

    /** The voucher with this keyed code hash, and its program if the replica knows it. */
    Optional<Spending.Voucher> byCodeHash(String codeHash) {
        return jdbc.sql("""
                SELECT v.id, v.currency, v.balance, v.status, v.expires_at, v.program_id, p.status AS program_status, p.city_codes
                FROM voucher v LEFT JOIN program p ON p.id = v.program_id WHERE v.code_hash = :h""")
                .param("h", codeHash).query((rs, row) -> {
                    String programStatus = rs.getString("program_status");
                    Spending.Program program = programStatus == null ? null
                            : new Spending.Program(rs.getObject("program_id", UUID.class), Spending.ProgramStatus.valueOf(programStatus),
                                    new HashSet<>(Arrays.asList((String[]) rs.getArray("city_codes").getArray())));
                    return new Spending.Voucher(rs.getObject("id", UUID.class), Currency.valueOf(rs.getString("currency").strip()), rs.getLong("balance"),
                            Spending.VoucherStatus.valueOf(rs.getString("status")), rs.getTimestamp("expires_at").toInstant(), program);
                }).optional();
    }

    /** Takes {@code amount} off the voucher if it still holds that much, is active and not expired at {@code now}; empty if it refused. */
    Optional<Changed> debit(UUID voucherId, Money amount, Instant now) {
        return jdbc.sql("""
                UPDATE voucher SET balance = balance - :amount, sequence = sequence + 1
                WHERE id = :id AND balance >= :amount AND status = 'ACTIVE' AND expires_at > :now
                RETURNING balance, sequence""")
                .param("amount", amount.minor()).param("id", voucherId).param("now", Timestamp.from(now)).query(Changed.class).optional();
    }

    /** Gives {@code amount} back to the voucher (a reversal). */
    Changed credit(UUID voucherId, Money amount) {
        return jdbc.sql("UPDATE voucher SET balance = balance + :a, sequence = sequence + 1 WHERE id = :v RETURNING balance, sequence")
                .param("a", amount.minor()).param("v", voucherId).query(Changed.class).single();
    }
}

package org.citycoop.voucher.issuance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The stored vouchers. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Vouchers {

    private static final String COLUMNS = """
            id, program_id, code_hint, currency, face_value, balance, price, subsidy, channel, payment_method, holder_id, sale_id, status, issued_at, expires_at""";

    private final JdbcClient jdbc;

    public Optional<Voucher> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM voucher WHERE id = :id").param("id", id).query(Vouchers::map).optional();
    }

    public List<Voucher> ofHolder(UUID holderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM voucher WHERE holder_id = :h ORDER BY issued_at DESC, id").param("h", holderId)
                .query(Vouchers::map).list();
    }

    List<Voucher> ofSale(UUID saleId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM voucher WHERE sale_id = :s ORDER BY issued_at, id").param("s", saleId).query(Vouchers::map).list();
    }

    /** A voucher's row locked until the transaction ends: for changes of status or holder. */
    public Optional<Voucher> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM voucher WHERE id = :id FOR UPDATE").param("id", id).query(Vouchers::map).optional();
    }

    /** The voucher whose code has this keyed hash. */
    public Optional<Voucher> byCodeHash(String codeHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM voucher WHERE code_hash = :h FOR UPDATE").param("h", codeHash).query(Vouchers::map).optional();
    }

    /** The unspent balance in minor units. */
    public long balance(UUID id) {
        return jdbc.sql("SELECT balance FROM voucher WHERE id = :id").param("id", id).query(Long.class).single();
    }

    /** The sealed code of a voucher (see {@code CodeVault}). */
    public byte[] sealedCode(UUID id) {
        return jdbc.sql("SELECT code_sealed FROM voucher WHERE id = :id").param("id", id).query(byte[].class).single();
    }

    /** Ends an active voucher as cancelled, with the operator's reason. */
    public void cancel(UUID id, Instant at, String reason) {
        jdbc.sql("UPDATE voucher SET status = 'CANCELLED', ended_at = :at, end_reason = :reason WHERE id = :id")
                .param("at", Timestamp.from(at)).param("reason", reason).param("id", id).update();
    }

    /** Gives a voucher a new code (hashed, sealed, its hint) and holder (none: a bearer voucher). */
    public void handOver(UUID id, String codeHash, byte[] sealed, String codeHint, @Nullable UUID holderId) {
        jdbc.sql("UPDATE voucher SET code_hash = :hash, code_sealed = :sealed, code_hint = :hint, holder_id = :holder WHERE id = :id")
                .param("hash", codeHash).param("sealed", sealed).param("hint", codeHint).param("holder", holderId).param("id", id).update();
    }

    /** An active voucher that expired: its unspent balance is breakage. */
    public record Expired(UUID id, UUID programId, long balance, String currency) {
    }

    /**
     * Expires up to {@code batch} active vouchers due at {@code now}, oldest first; rows another transaction is expiring are
     * skipped (SKIP LOCKED), so each voucher expires exactly once.
     */
    public List<Expired> expireDue(Instant now, int batch) {
        return jdbc.sql("""
                UPDATE voucher SET status = 'EXPIRED', ended_at = :now, end_reason = 'expired'
                WHERE id IN (SELECT id FROM voucher WHERE status = 'ACTIVE' AND expires_at <= :now ORDER BY expires_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING id, program_id, balance, currency""")
                .param("now", Timestamp.from(now)).param("batch", batch).query(Expired.class).list();
    }

    void insert(Voucher voucher, String codeHash, byte[] sealed, String issuedBy) {
        jdbc.sql("""
                INSERT INTO voucher (id, program_id, code_hash, code_sealed, code_hint, currency, face_value, balance, price, subsidy, channel,
                                     payment_method, holder_id, sale_id, status, issued_at, expires_at, issued_by)
                VALUES (:id, :program, :hash, :sealed, :hint, :currency, :face, :face, :price, :subsidy, :channel, :payment, :holder, :sale, :status,
                        :issued, :expires, :by)""")
                .param("id", voucher.id()).param("program", voucher.programId()).param("hash", codeHash).param("sealed", sealed)
                .param("hint", voucher.codeHint()).param("currency", voucher.faceValue().currency().name()).param("face", voucher.faceValue().minor())
                .param("price", voucher.price().minor()).param("subsidy", voucher.subsidy().minor()).param("channel", voucher.channel().name())
                .param("payment", voucher.paymentMethod()).param("holder", voucher.holderId()).param("sale", voucher.saleId())
                .param("status", voucher.status().name()).param("issued", Timestamp.from(voucher.issuedAt()))
                .param("expires", Timestamp.from(voucher.expiresAt())).param("by", issuedBy).update();
    }

    private static Voucher map(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.valueOf(rs.getString("currency"));
        return new Voucher(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class), rs.getString("code_hint"),
                Money.of(rs.getLong("face_value"), currency), Money.of(rs.getLong("balance"), currency), Money.of(rs.getLong("price"), currency), Money.of(rs.getLong("subsidy"), currency),
                Voucher.Channel.valueOf(rs.getString("channel")), rs.getString("payment_method"), uuid(rs, "holder_id"), uuid(rs, "sale_id"),
                Voucher.Status.valueOf(rs.getString("status")), rs.getTimestamp("issued_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
    }

    private static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}

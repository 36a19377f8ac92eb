package org.citycoop.points.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.points.PointsAccrued;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The read side of the ledger: a shopper's points line by line, newest first, each with what caused it
 * (a purchase and its reasons, a refund that took points back, a conversion into a reward, an expiry),
 * so that {@code earlier} (everything older than the lines shown) plus the lines is the balance.
 * Purchases that earned no points (the daily cap reached) are lines of 0, so every purchase keeps its reasons.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Movements {

    /** The shopper's balance, the latest lines, and the sum of all lines older than those. */
    public record History(long balance, List<Movement> lines, long earlier) {
    }

    /**
     * One line: its kind ({@code ACCRUAL}, {@code REVERSAL}, {@code CONVERSION}, {@code EXPIRY}), the points it
     * moved (negative when taken out), when; for an accrual the purchase and its reasons, for a reversal the
     * refunded purchase, its refund and what could not be taken back (already spent), for a conversion the reward.
     */
    public record Movement(String kind, long points, Instant at, @Nullable UUID purchaseId, @Nullable String cityCode, @Nullable Instant purchasedAt,
            List<PointsAccrued.Reason> reasons, @Nullable UUID refundId, long shortfall, @Nullable UUID rewardId, Map<String, String> rewardNames) {
    }

    private record Row(String kind, long points, Instant at, UUID transactionId, @Nullable UUID purchaseId, @Nullable String cityCode,
            @Nullable Instant purchasedAt, @Nullable String reasons, @Nullable Long shortfall, @Nullable UUID rewardId, @Nullable String rewardNames) {
    }

    private static final TypeReference<List<PointsAccrued.Reason>> REASONS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ledger ledger;

    /** The latest {@code limit} lines; balance, lines and {@code earlier} read in one snapshot, so they agree. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public History of(UUID shopper, int limit) {
        long balance = ledger.balance(shopper);
        List<Movement> lines = jdbc.sql("""
                SELECT m.kind, m.points, m.at, m.transaction_id,
                       coalesce(a.purchase_id, ra.purchase_id) AS purchase_id, coalesce(a.city_code, ra.city_code) AS city_code,
                       coalesce(a.purchased_at, ra.purchased_at) AS purchased_at, a.reasons::text AS reasons,
                       r.shortfall, c.reward_id, w.names::text AS reward_names
                FROM (SELECT * FROM (
                          SELECT e.id AS seq, e.kind, e.amount AS points, e.at, e.transaction_id
                          FROM points_entry e WHERE e.account = 'shopper' AND e.shopper_id = :s
                          UNION ALL
                          SELECT 0, 'ACCRUAL', 0, z.accrued_at, z.purchase_id FROM accrual z WHERE z.shopper_id = :s AND z.points = 0) every
                      ORDER BY at DESC, seq DESC LIMIT :n) m
                LEFT JOIN accrual a ON m.kind = 'ACCRUAL' AND a.purchase_id = m.transaction_id
                LEFT JOIN points_reversal r ON m.kind = 'REVERSAL' AND r.refund_id = m.transaction_id
                LEFT JOIN accrual ra ON ra.purchase_id = r.purchase_id
                LEFT JOIN conversion c ON m.kind = 'CONVERSION' AND c.id = m.transaction_id
                LEFT JOIN reward w ON w.id = c.reward_id
                ORDER BY m.at DESC, m.seq DESC""").param("s", shopper).param("n", limit).query(Row.class).list().stream().map(this::line).toList();
        long all = jdbc.sql("SELECT coalesce(sum(amount), 0) FROM points_entry WHERE account = 'shopper' AND shopper_id = :s").param("s", shopper)
                .query(Long.class).single();
        return new History(balance, lines, all - lines.stream().mapToLong(Movement::points).sum());
    }

    private Movement line(Row row) {
        boolean reversal = "REVERSAL".equals(row.kind());
        return new Movement(row.kind(), row.points(), row.at(), row.purchaseId(), row.cityCode(), row.purchasedAt(),
                row.reasons() == null ? List.of() : json.readValue(row.reasons(), REASONS), reversal ? row.transactionId() : null,
                row.shortfall() == null ? 0 : row.shortfall(), row.rewardId(), row.rewardNames() == null ? Map.of() : json.readValue(row.rewardNames(), NAMES));
    }
}

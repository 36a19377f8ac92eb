package org.citycoop.points.accrual;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/** The accruals and their reversals as stored (tables {@code accrual} and {@code points_reversal}). */
@Repository
@RequiredArgsConstructor
class AccrualRecords {

    /** An accrual to store; {@code reasons} is its lines as JSON. */
    record NewAccrual(UUID purchaseId, UUID shopperId, UUID merchantId, String cityCode, LocalDate day, long points, int ruleVersion, String reasons,
            Instant purchasedAt, Instant accruedAt) {
    }

    private final JdbcClient jdbc;

    /** Points the shopper earned on {@code day} (the purchase city's local day), for the daily cap. */
    long earnedOn(UUID shopper, LocalDate day) {
        return jdbc.sql("SELECT coalesce(sum(points), 0) FROM accrual WHERE shopper_id = :s AND day = :d").param("s", shopper).param("d", day)
                .query(Long.class).single();
    }

    /** Stores the accrual unless the purchase has one; false if it had. */
    boolean add(NewAccrual accrual) {
        return jdbc.sql("""
                INSERT INTO accrual (purchase_id, shopper_id, merchant_id, city_code, day, points, rule_version, reasons, purchased_at, accrued_at)
                VALUES (:p, :s, :m, :city, :day, :points, :version, :reasons::jsonb, :purchased, :now) ON CONFLICT (purchase_id) DO NOTHING""")
                .param("p", accrual.purchaseId()).param("s", accrual.shopperId()).param("m", accrual.merchantId()).param("city", accrual.cityCode())
                .param("day", accrual.day()).param("points", accrual.points()).param("version", accrual.ruleVersion()).param("reasons", accrual.reasons())
                .param("purchased", Timestamp.from(accrual.purchasedAt())).param("now", Timestamp.from(accrual.accruedAt())).update() > 0;
    }

    /** The points a purchase earned, if its accrual is stored. */
    Optional<Long> earnedBy(UUID purchase) {
        return jdbc.sql("SELECT points FROM accrual WHERE purchase_id = :p").param("p", purchase).query(Long.class).optional();
    }

    boolean reversed(UUID refund) {
        return jdbc.sql("SELECT count(*) FROM points_reversal WHERE refund_id = :r").param("r", refund).query(Long.class).single() > 0;
    }

    /** Points (and shortfalls) of the purchase's reversals so far. */
    long takenBack(UUID purchase) {
        return jdbc.sql("SELECT coalesce(sum(points + shortfall), 0) FROM points_reversal WHERE purchase_id = :p").param("p", purchase)
                .query(Long.class).single();
    }

    void addReversal(UUID refund, UUID purchase, UUID shopper, long points, long shortfall, Instant at) {
        jdbc.sql("""
                INSERT INTO points_reversal (refund_id, purchase_id, shopper_id, points, shortfall, reversed_at) VALUES (:r, :p, :s, :n, :short, :at)""")
                .param("r", refund).param("p", purchase).param("s", shopper).param("n", points).param("short", shortfall)
                .param("at", Timestamp.from(at)).update();
    }
}

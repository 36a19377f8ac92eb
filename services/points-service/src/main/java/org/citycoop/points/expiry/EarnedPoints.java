package org.citycoop.points.expiry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/** What expiry reads of the points earned (the accrual rows): who earned any before a cut-off, and how many. */
@Repository
@RequiredArgsConstructor
class EarnedPoints {

    private final JdbcClient jdbc;

    /** The shoppers who earned points with a purchase before {@code cutoff}. */
    List<UUID> shoppersEarningBefore(Instant cutoff) {
        return jdbc.sql("SELECT DISTINCT shopper_id FROM accrual WHERE purchased_at < :cutoff AND points > 0")
                .param("cutoff", Timestamp.from(cutoff)).query(UUID.class).list();
    }

    /** The points {@code shopper} earned with purchases before {@code cutoff}, in total. */
    long earnedBefore(UUID shopper, Instant cutoff) {
        return jdbc.sql("SELECT coalesce(sum(points), 0) FROM accrual WHERE shopper_id = :s AND purchased_at < :cutoff")
                .param("s", shopper).param("cutoff", Timestamp.from(cutoff)).query(Long.class).single();
    }
}

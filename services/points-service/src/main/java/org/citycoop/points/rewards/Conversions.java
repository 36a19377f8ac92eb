package org.citycoop.points.rewards;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.platform.idempotency.Earlier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/** The conversions as stored (table {@code conversion}), each under the shopper's Idempotency-Key. */
@Repository
@RequiredArgsConstructor
class Conversions {

    private final JdbcClient jdbc;

    /** The conversion the shopper made with {@code key}, with its request's fingerprint, as a replay. */
    Optional<Earlier<Rewards.Conversion>> withKey(UUID shopper, String key) {
        record Row(UUID id, String requestHash, UUID rewardId, long points, long balanceAfter, Instant convertedAt) {
        }
        return jdbc.sql("""
                SELECT id, request_hash, reward_id, points, balance_after, converted_at FROM conversion WHERE shopper_id = :s AND idempotency_key = :k""")
                .param("s", shopper).param("k", key).query(Row.class).optional()
                .map(row -> new Earlier<>(row.requestHash(), () -> new Rewards.Conversion(row.id(), row.rewardId(), row.points(), row.balanceAfter(),
                        row.convertedAt(), true)));
    }

    void add(UUID id, UUID shopper, String key, String requestHash, UUID reward, long points, long balanceAfter, Instant at) {
        jdbc.sql("""
                INSERT INTO conversion (id, shopper_id, idempotency_key, request_hash, reward_id, points, balance_after, converted_at)
                VALUES (:id, :s, :k, :hash, :reward, :points, :balance, :at)""")
                .param("id", id).param("s", shopper).param("k", key).param("hash", requestHash).param("reward", reward)
                .param("points", points).param("balance", balanceAfter).param("at", Timestamp.from(at)).update();
    }
}

package org.citycoop.voucher.issuance;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/** The reward requests fulfilled, one a request id: what makes a request published twice issue one voucher. */
@Repository
@RequiredArgsConstructor
class RewardRequests {

    private final JdbcClient jdbc;

    boolean fulfilled(UUID requestId) {
        return jdbc.sql("SELECT count(*) FROM reward_request WHERE request_id = :id").param("id", requestId).query(Long.class).single() > 0;
    }

    void fulfil(UUID requestId, UUID shopperId, UUID voucherId, long pointsSpent) {
        jdbc.sql("INSERT INTO reward_request (request_id, shopper_id, voucher_id, points_spent) VALUES (:r, :s, :v, :p)")
                .param("r", requestId).param("s", shopperId).param("v", voucherId).param("p", pointsSpent).update();
    }
}

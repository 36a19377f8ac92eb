package org.citycoop.redemption.checkout;

import java.util.List;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One request per caller and {@code Idempotency-Key} at a time: a transaction-scoped PostgreSQL
 * advisory lock on the pair, taken without waiting. A second request while the first still runs gets
 * 409 and may retry; once the first has committed, the retry finds its stored answer (ADR 14).
 */
@Component
class KeyLocks {

    /** What the key is for: redemptions, reversals and purchases keep their keys apart. */
    enum Use {
        REDEMPTION(42), REVERSAL(43), PURCHASE(44), PURCHASE_REFUND(45);

        private final int salt;

        Use(int salt) {
            this.salt = salt;
        }
    }

    private final JdbcClient jdbc;

    KeyLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the key for the rest of the current transaction, or refuses with 409. */
    void lock(Use use, Caller caller, String key) {
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(:k, :salt))")
                .param("k", caller.subject().length() + ":" + caller.subject() + key).param("salt", use.salt).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            throw new RequestRejected(HttpStatus.CONFLICT, "redemption-in-progress", List.of());
        }
    }
}

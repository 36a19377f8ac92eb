package org.citycoop.platform.idempotency;

import java.util.List;

import org.citycoop.platform.web.RequestRejected;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import lombok.RequiredArgsConstructor;

/**
 * One request per scope, owner and key at a time: a transaction-scoped PostgreSQL advisory lock,
 * released when the transaction commits or rolls back, so a retry after the first has committed finds
 * the first's answer. Taken before the earlier answer is looked up.
 */
@RequiredArgsConstructor
public class KeyLock {

    private final JdbcClient jdbc;

    /** Locks the key for the rest of the current transaction: waits for it, or refuses with 409 if the scope says so. */
    public void lock(KeyScope scope, IdempotencyKey key) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an idempotency key is locked for a transaction: run the command inside one (@Transactional)");
        }
        String text = scope.lockText(key);
        if (scope.busyProblem() == null) {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:k, 0))").param("k", text).query(Integer.class).single();
            return;
        }
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(:k, 0))").param("k", text).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            throw new RequestRejected(HttpStatus.CONFLICT, scope.busyProblem(), List.of());
        }
    }
}

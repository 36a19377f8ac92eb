package org.citycoop.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code processed_event} bounded (ADR 5, ADR 23): rows older than
 * {@code citycoop.messaging.processed-events.retention} (14 days, twice the broker's 7-day topic
 * retention: an event cannot be delivered again once its topic no longer holds it) are deleted in
 * batches, each its own short transaction. One instance at a time: a batch runs only under the
 * transaction-scoped advisory lock, and an instance that does not get it leaves the round to the one
 * that has it.
 */
public class ProcessedEventRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessedEventRetention.class);

    /** The advisory lock's key: {@code hashtext('citycoop.processed_event.retention')} computed by PostgreSQL. */
    private static final String LOCK = "citycoop.processed_event.retention";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration retention;
    private final int batch;
    private final Clock clock;

    public ProcessedEventRetention(JdbcClient jdbc, TransactionTemplate transactions, Duration retention, int batch, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("citycoop.messaging.processed-events.retention must be positive, not " + retention);
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retention = retention;
        this.batch = batch;
        this.clock = clock;
    }

    /** One round, as scheduled by {@link MessagingConfiguration} ({@code citycoop.messaging.processed-events.prune-interval}). */
    public void pruneNow() {
        try {
            long pruned = prune(clock.instant());
            if (pruned > 0) {
                LOG.info("pruned {} processed events older than {}", pruned, retention);
            }
        } catch (RuntimeException e) {
            // nothing is lost by waiting: the next round deletes what this one left
            LOG.warn("Could not prune processed_event: {}", e.getMessage(), e);
        }
    }

    /** Deletes the rows processed before {@code now - retention}; returns how many went (0 when another instance is pruning). */
    public long prune(Instant now) {
        Timestamp before = Timestamp.from(now.minus(retention));
        long total = 0;
        while (true) {
            Integer deleted = transactions.execute(status -> {
                if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(:lock))").param("lock", LOCK).query(Boolean.class).single()) {
                    return -1;
                }
                return jdbc.sql("""
                        DELETE FROM processed_event WHERE ctid = ANY(ARRAY(
                            SELECT ctid FROM processed_event WHERE processed_at < :before LIMIT :batch))""")
                        .param("before", before).param("batch", batch).update();
            });
            if (deleted == null || deleted < 0) {
                return total;
            }
            total += deleted;
            if (deleted < batch) {
                return total;
            }
        }
    }

    public Duration retention() {
        return retention;
    }
}

package org.citycoop.loadtests.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.points.PointsServiceApplication;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accrual throughput and latency of points-service on real PostgreSQL and Kafka (in-JVM broker), with
 * a baseline in the same run: the same number of merchant events through the same service's idempotent
 * consumer, whose effect is one upsert (what the platform's consumer costs without the accrual).
 * <ol>
 * <li>throughput: {@code events} purchases of {@code shoppers} shoppers published at once; time from
 *     the first publication until every accrual is committed;</li>
 * <li>latency: {@code pacedRate} purchases a second for {@code pacedSeconds}; each purchase's
 *     {@code recordedAt} is its publication time, so committed accrual − recordedAt is purchase → points.</li>
 * </ol>
 *
 * <pre>./mvnw -B -pl load-tests -am -Pbenchmark verify -Dit.test=AccrualBenchmark -Devents=20000</pre>
 *
 * Writes load-tests/target/accrual-benchmark.md. Not part of the test command (it measures, it does not judge).
 */
class AccrualBenchmark {

    private static final int EVENTS = Integer.getInteger("events", 20_000);
    private static final int SHOPPERS = Integer.getInteger("shoppers", 2_000);
    private static final int PACED_RATE = Integer.getInteger("pacedRate", 200);
    private static final int PACED_SECONDS = Integer.getInteger("pacedSeconds", 20);

    @Test
    void measureAccrualThroughputAndLatency() throws Exception {
        try (RunningService points = RunningService.start(PointsServiceApplication.class, "points-service",
                Map.of("logging.level.org.citycoop.platform.messaging", System.getProperty("messagingLog", "WARN"), "citycoop.points.expiry.enabled", false))) {
            JdbcClient db = points.bean(JdbcClient.class);
            List<UUID> shoppers = new ArrayList<>();
            for (int i = 0; i < SHOPPERS; i++) {
                shoppers.add(UUID.randomUUID());
            }
            UUID shop = UUID.randomUUID();
            IntFunction<IntegrationEvent> purchase = i -> new PurchaseRecorded(UUID.randomUUID(), shop, UUID.randomUUID(), "at-feldbach",
                    shoppers.get(i % SHOPPERS), 1_000 + i % 5_000, "EUR", 0, Instant.now());

            // warm-up
            publish(2_000, purchase);
            await(db, "SELECT count(*) FROM accrual", 2_000);

            // baseline: merchant events, an upsert each, through the same kind of consumer
            long merchantsBefore = count(db, "SELECT count(*) FROM merchant");
            long start = System.nanoTime();
            publish(EVENTS, i -> new MerchantRegistered(UUID.randomUUID(), "Benchmark " + i, "Benchmark " + i, "at-feldbach", "AT", "47.11",
                    Instant.now()));
            await(db, "SELECT count(*) FROM merchant", merchantsBefore + EVENTS);
            double baseline = EVENTS / seconds(start);

            // accrual throughput
            long accrualsBefore = count(db, "SELECT count(*) FROM accrual");
            start = System.nanoTime();
            double published = EVENTS / publish(EVENTS, purchase);
            await(db, "SELECT count(*) FROM accrual", accrualsBefore + EVENTS);
            double accrued = EVENTS / seconds(start);
            // ... and until every PointsAccrued has left the outbox for Kafka
            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> count(db, "SELECT count(*) FROM event_publication") == 0);
            double drained = EVENTS / seconds(start);

            // latency at a steady rate
            Instant pacedFrom = Instant.now();
            long accrualsBeforePaced = count(db, "SELECT count(*) FROM accrual");
            int paced = PACED_RATE * PACED_SECONDS;
            try (KafkaSender.Batch batch = KafkaSender.batch()) {
                long next = System.nanoTime();
                for (int i = 0; i < paced; i++) {
                    batch.publish(purchase.apply(i), UUID.randomUUID().toString());
                    next += 1_000_000_000L / PACED_RATE;
                    java.util.concurrent.locks.LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
                }
            }
            await(db, "SELECT count(*) FROM accrual", accrualsBeforePaced + paced);
            record Latency(double p50, double p95, double p99, double max) {
            }
            Latency latency = db.sql("""
                    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
                           percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
                    FROM (SELECT extract(epoch FROM accrued_at - purchased_at) * 1000 AS ms FROM accrual WHERE purchased_at >= :from) paced""")
                    .param("from", java.sql.Timestamp.from(pacedFrom)).query(Latency.class).single();
            long unbalanced = count(db, "SELECT count(*) FROM (SELECT transaction_id FROM points_entry GROUP BY transaction_id HAVING sum(amount) <> 0) x");
            assertThat(unbalanced).isZero();

            String report = """
                    # Accrual benchmark (%s)

                    points-service in-process, local PostgreSQL, in-JVM Kafka; %,d purchases of %,d shoppers.

                    | measure | events/s |
                    |---|---|
                    | baseline: merchant events through the same service's idempotent consumer (one upsert each) | %,.0f |
                    | purchases published (one producer, acknowledged) | %,.0f |
                    | purchases accrued: rules, ledger, balance, PointsAccrued in the outbox, committed | **%,.0f** |
                    | ... and every PointsAccrued sent to Kafka (outbox empty) | %,.0f |

                    Purchase → points committed at a steady %d/s for %d s (n = %,d): p50 %.0f ms, **p95 %.0f ms**, p99 %.0f ms, max %.0f ms.
                    """.formatted(Instant.now(), EVENTS, SHOPPERS, baseline, published, accrued, drained, PACED_RATE, PACED_SECONDS, paced, latency.p50(),
                    latency.p95(), latency.p99(), latency.max());
            System.out.println(report);
            write(report);
        }
    }

    /** Publishes {@code events} through one producer without waiting for each; returns the seconds until all are acknowledged. */
    private static double publish(int events, IntFunction<IntegrationEvent> event) {
        long start = System.nanoTime();
        try (KafkaSender.Batch batch = KafkaSender.batch()) {
            for (int i = 0; i < events; i++) {
                batch.publish(event.apply(i), UUID.randomUUID().toString());
            }
            batch.flush();
        }
        return seconds(start);
    }

    private static void await(JdbcClient db, String sql, long expected) {
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> count(db, sql) >= expected);
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void write(String report) throws IOException {
        Path target = Path.of("target", "accrual-benchmark.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report);
    }
}

package org.citycoop.loadtests.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.merchant.MerchantServiceApplication;
import org.citycoop.merchant.onboarding.MerchantRegistration;
import org.citycoop.merchant.onboarding.RegisterMerchant;
import org.citycoop.merchant.onboarding.Shops;
import org.citycoop.platform.events.CloudEventsKafkaTransport;
import org.citycoop.platform.events.OutgoingEvent;
import org.citycoop.redemption.RedemptionServiceApplication;
import org.citycoop.testsupport.RealInfrastructure;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import io.cloudevents.CloudEvent;

/**
 * Measures the transactional outbox (Spring Modulith's JDBC event publication registry with our
 * CloudEvents Kafka transport) on real PostgreSQL and Kafka, against two baselines taken in the
 * same run: the same business transaction without an event, and the same CloudEvents sent straight
 * to Kafka without a database. Then the end-to-end latency from merchant-service's commit to the
 * row in redemption-service's replica.
 *
 * <pre>./mvnw -B -pl load-tests -am -Pbenchmark verify -Devents=5000 -Dthreads=8</pre>
 *
 * Writes load-tests/target/outbox-benchmark.md. Not part of the test command (it measures, it does not judge).
 */
class OutboxThroughputBenchmark {

    private static final int EVENTS = Integer.getInteger("events", 5000);
    private static final int THREADS = Integer.getInteger("threads", 8);
    private static final boolean SERIALIZE = Boolean.getBoolean("serializeExternalization");
    private static final int PACED_RATE = Integer.getInteger("pacedRate", 100);
    private static final int PACED_SECONDS = Integer.getInteger("pacedSeconds", 10);

    @Test
    void measureOutboxThroughputAndLatency() throws Exception {
        Map<String, Object> settings = new java.util.HashMap<>(Map.of("spring.modulith.events.externalization.serialize-externalization", SERIALIZE,
                "logging.level.org.citycoop.platform.messaging", "WARN"));
        // -Dbenchmark.<spring property>=value tries a setting without changing the platform defaults
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("benchmark."))
                .forEach(k -> settings.put(k.substring("benchmark.".length()), System.getProperty(k)));
        try (RunningService redemption = RunningService.start(RedemptionServiceApplication.class, "redemption-service", settings);
                RunningService merchants = RunningService.start(MerchantServiceApplication.class, "merchant-service", settings);
                ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            MerchantRegistration registration = merchants.bean(MerchantRegistration.class);
            JdbcClient merchantDb = merchants.bean(JdbcClient.class);
            JdbcClient redemptionDb = redemption.bean(JdbcClient.class);
            @SuppressWarnings("unchecked")
            KafkaTemplate<String, CloudEvent> kafka = merchants.bean(KafkaTemplate.class);

            // warm-up: JIT, connection pools, consumer assignment
            run(pool, 500, i -> registration.register(command(i)));
            awaitReplica(redemptionDb, 500);

            // baseline 1: the same insert in its own transaction, no event
            var transactions = merchants.bean(org.springframework.transaction.support.TransactionTemplate.class);
            double withoutEvent = run(pool, EVENTS, i -> transactions.executeWithoutResult(status -> merchantDb.sql("""
                    INSERT INTO merchant (id, legal_name, trading_name, city_code, nace_code, status, registered_at)
                    VALUES (:id, 'Baseline GmbH', 'Baseline', 'at-feldbach', '47.11', 'ACTIVE', now())""").param("id", UUID.randomUUID()).update()));

            // baseline 2: the CloudEvents alone, sent to Kafka and acknowledged, no database
            double kafkaAlone = run(pool, EVENTS, i -> {
                MerchantRegistered event = new MerchantRegistered(UUID.randomUUID(), "K", "K", "at-feldbach", "AT", "47.11", Instant.now());
                OutgoingEvent outgoing = new OutgoingEvent(UUID.randomUUID().toString(), "org.citycoop.benchmark.unrouted.v1",
                        "urn:citycoop:benchmark", event.aggregateId(), Topics.VOUCHER_EVENTS, Instant.now(), "{}");
                kafka.send(new ProducerRecord<>(Topics.VOUCHER_EVENTS, event.aggregateId(), CloudEventsKafkaTransport.toCloudEvent(outgoing))).join();
            });

            // the outbox: business transaction + event, then until every event is in the other service's replica
            long before = replicaCount(redemptionDb);
            Instant start = Instant.now();
            double committed = run(pool, EVENTS, i -> registration.register(command(i)));
            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> merchantDb.sql("SELECT count(*) FROM event_publication").query(Long.class).single() == 0);
            double drained = EVENTS / secondsSince(start);
            awaitReplica(redemptionDb, before + EVENTS);
            double endToEnd = EVENTS / secondsSince(start);

            List<Long> latencies = latenciesMillis(merchantDb, redemptionDb, start);

            // paced: a steady rate well below capacity, as a working day brings it; latency without a backlog
            long beforePaced = replicaCount(redemptionDb);
            Instant pacedStart = Instant.now();
            int paced = PACED_RATE * PACED_SECONDS;
            var ticker = Executors.newSingleThreadScheduledExecutor();
            var sent = new java.util.concurrent.atomic.AtomicInteger();
            var done = new CompletableFuture<Void>();
            ticker.scheduleAtFixedRate(() -> {
                int i = sent.getAndIncrement();
                if (i >= paced) {
                    done.complete(null);
                    return;
                }
                pool.submit(() -> registration.register(command(1_000_000 + i)));
            }, 0, 1_000_000L / PACED_RATE, java.util.concurrent.TimeUnit.MICROSECONDS);
            done.join();
            ticker.shutdownNow();
            awaitReplica(redemptionDb, beforePaced + paced);
            List<Long> pacedLatencies = latenciesMillis(merchantDb, redemptionDb, pacedStart);
            String report = """
                    # Outbox benchmark (%s)

                    %d events, %d threads, serialize-externalization=%s; %s; 2 cores. Settings: %s

                    | measure | events/s |
                    |---|---|
                    | baseline: insert merchant, no event (transactions/s) | %.0f |
                    | baseline: CloudEvent sent to Kafka and acknowledged, no database | %.0f |
                    | outbox: register merchant + MerchantRegistered committed | %.0f |
                    | outbox drained: committed and acknowledged by Kafka (outbox empty) | %.0f |
                    | outbox end to end: committed and applied in redemption-service's replica | %.0f |

                    Commit → replica latency at full load (ms, includes the backlog): p50 %d, p95 %d, p99 %d, max %d (n = %d)

                    Commit → replica latency at a steady %d events/s for %d s (ms): p50 %d, p95 %d, p99 %d, max %d (n = %d)
                    """.formatted(Instant.now(), EVENTS, THREADS, SERIALIZE,
                    RealInfrastructure.containers() ? "Testcontainers PostgreSQL 15 and apache/kafka" : "local PostgreSQL 15, in-JVM KRaft broker",
                    settings, withoutEvent, kafkaAlone, committed, drained, endToEnd,
                    percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), percentile(latencies, 100), latencies.size(),
                    PACED_RATE, PACED_SECONDS, percentile(pacedLatencies, 50), percentile(pacedLatencies, 95), percentile(pacedLatencies, 99),
                    percentile(pacedLatencies, 100), pacedLatencies.size());
            System.out.println(report);
            write(report);
            assertThat(latencies).hasSize(EVENTS);
            assertThat(pacedLatencies).hasSize(paced);
        }
    }

    private static RegisterMerchant command(int i) {
        return Shops.shop("Benchmark Shop " + i + " GmbH", "Benchmark Shop " + i, "at-feldbach", "47.11");
    }

    /** Runs {@code count} tasks on the pool and returns tasks per second. */
    private static double run(ExecutorService pool, int count, java.util.function.IntConsumer task) {
        Instant start = Instant.now();
        CompletableFuture.allOf(IntStream.range(0, count)
                .mapToObj(i -> CompletableFuture.runAsync(() -> task.accept(i), pool)).toArray(CompletableFuture[]::new)).join();
        return count / secondsSince(start);
    }

    private static double secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toNanos() / 1e9;
    }

    private static long replicaCount(JdbcClient db) {
        return db.sql("SELECT count(*) FROM merchant_replica").query(Long.class).single();
    }

    private static void awaitReplica(JdbcClient db, long expected) {
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> replicaCount(db) >= expected);
    }

    private static List<Long> latenciesMillis(JdbcClient merchants, JdbcClient replicas, Instant since) {
        Map<UUID, Instant> registered = new java.util.HashMap<>();
        merchants.sql("SELECT id, registered_at FROM merchant WHERE registered_at >= :since AND legal_name LIKE 'Benchmark Shop %'")
                .param("since", Timestamp.from(since))
                .query((rs, n) -> registered.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).list();
        List<Long> latencies = new ArrayList<>();
        replicas.sql("SELECT merchant_id, updated_at FROM merchant_replica").query((rs, n) -> {
            Instant at = registered.get(rs.getObject(1, UUID.class));
            if (at != null) {
                latencies.add(Duration.between(at, rs.getTimestamp(2).toInstant()).toMillis());
            }
            return null;
        }).list();
        Collections.sort(latencies);
        return latencies;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static void write(String report) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("outbox-benchmark" + (SERIALIZE ? "-serialized" : "") + ".md"), report);
    }
}

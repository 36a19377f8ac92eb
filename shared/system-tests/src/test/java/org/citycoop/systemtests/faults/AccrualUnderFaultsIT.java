package org.citycoop.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.points.PointsServiceApplication;
import org.citycoop.testsupport.KafkaBrokerProcess;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.RealInfrastructure;
import org.citycoop.testsupport.SeparateJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly once under faults, on a real PostgreSQL and a real Kafka broker, both as separate
 * processes as in production: points-service runs in its own JVM and is killed with SIGKILL three
 * times while it accrues, and the broker is killed and restarted once, while 100,000 purchases
 * (and 5 % duplicates of them: half redelivered with the same event id, half published again with a
 * new one) arrive. Afterwards every purchase has earned its points once: the totals per shopper equal
 * what the rules give (computed here independently: 1 point a euro, 50 for a Ptuj resident shopping in
 * Feldbach, at most 500 a day), the ledger balances, and every {@code PointsAccrued} reached Kafka.
 *
 * <p>{@code -Dfaults.purchases=} sets the number of purchases (100,000 by default). Writes what it saw
 * to target/accrual-under-faults.md; the logs of the service and the broker stay in target/faults/.
 */
class AccrualUnderFaultsIT {

    private static final int PURCHASES = Integer.getInteger("faults.purchases", 100_000);
    private static final int SHOPPERS = Math.max(10, PURCHASES / 10);
    private static final Instant DAY = Instant.parse("2026-11-20T10:00:00Z");
    private static final String ACCRUED = EventCatalog.typeOf(PointsAccrued.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyPurchaseEarnsItsPointsExactlyOnceThoughTheServiceIsKilledAndTheBrokerRestarted(@TempDir Path scratch) throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "faults"));
        long began = System.nanoTime();
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.start(scratch)) {
            Map<String, Object> settings = new HashMap<>(RealInfrastructure.serviceProperties("points-service"));
            settings.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
            settings.put("server.port", 0);
            settings.put("citycoop.points.expiry.enabled", false);
            // a killed consumer's partitions move on after 6 s rather than the default 45 s
            settings.put("spring.kafka.consumer.properties.session.timeout.ms", 6000);
            settings.put("spring.kafka.consumer.properties.heartbeat.interval.ms", 1500);
            settings.put("citycoop.outbox.resubmit-after", "10s");
            settings.put("citycoop.outbox.resubmit-interval", "5s");
            settings.put("spring.modulith.events.staleness.published", "20s");
            settings.put("spring.modulith.events.staleness.processing", "30s");
            settings.put("spring.modulith.events.staleness.resubmitted", "20s");
            settings.put("spring.modulith.events.staleness.check-interval", "5s");
            settings.put("logging.level.org.citycoop.platform.messaging", "WARN");
            List<String> arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
            JdbcClient db = JdbcClient.create(new DriverManagerDataSource((String) settings.get("spring.datasource.url"),
                    (String) settings.get("spring.datasource.username"), (String) settings.get("spring.datasource.password")));

            // the shoppers: even ones live in Feldbach (where they shop), odd ones in Ptuj (across the border)
            List<UUID> shoppers = new ArrayList<>();
            for (int i = 0; i < SHOPPERS; i++) {
                shoppers.add(UUID.randomUUID());
            }
            // a producer that waits out the broker's restart: retries in order (one request in flight), not idempotent (an idempotent
            // producer whose broker was killed can be left retrying OUT_OF_ORDER_SEQUENCE_NUMBER for ever); a record it sends twice
            // has the same event id, which is what the consumers must absorb anyway
            Map<String, Object> patientProducer = Map.of(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000, ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1, ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
            try (KafkaSender.Batch batch = KafkaSender.batch(broker.bootstrapServers(), patientProducer)) {
                for (int i = 0; i < SHOPPERS; i++) {
                    batch.publish(new UserRegistered(shoppers.get(i), List.of("SHOPPER"), i % 2 == 0 ? "at-feldbach" : "si-ptuj", null, DAY),
                            UUID.randomUUID().toString());
                }
            }

            try (SeparateJvm points = SeparateJvm.start("points-service", PointsServiceApplication.class.getName(),
                    List.of("-Xmx384m", "-XX:+UseSerialGC"), arguments, logs.resolve("points-service.log"))) {
                LongSupplier accrued = () -> count(db, "SELECT count(*) FROM accrual");
                Awaitility.await("points-service knows the shoppers").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                        .ignoreExceptions().until(() -> count(db, "SELECT count(*) FROM shopper") == SHOPPERS);

                // the purchases: 10 per shopper, EUR 10 to 16, all on one day in Feldbach
                UUID merchant = UUID.randomUUID();
                UUID store = UUID.randomUUID();
                List<PurchaseRecorded> purchases = new ArrayList<>();
                Map<UUID, Long> euros = new HashMap<>();
                for (int i = 0; i < PURCHASES; i++) {
                    UUID shopper = shoppers.get(i % SHOPPERS);
                    long eur = 10 + i % 7;
                    purchases.add(new PurchaseRecorded(UUID.randomUUID(), merchant, store, "at-feldbach", shopper, eur * 100, "EUR", 0,
                            DAY.plusSeconds(i % 3_600)));
                    euros.merge(shopper, eur, Long::sum);
                }
                Map<UUID, Long> expected = new HashMap<>();
                long expectedTotal = 0;
                for (int i = 0; i < SHOPPERS; i++) {
                    UUID shopper = shoppers.get(i);
                    long purchasesOfShopper = PURCHASES / SHOPPERS + (i < PURCHASES % SHOPPERS ? 1 : 0);
                    long due = i % 2 == 0 ? euros.get(shopper) : Math.min(500, euros.get(shopper) + 50 * purchasesOfShopper);
                    expected.put(shopper, due);
                    expectedTotal += due;
                }

                // published at about 2,500 a second, with 5 % duplicates among them
                AtomicInteger published = new AtomicInteger();
                AtomicInteger sameIdAgain = new AtomicInteger();
                AtomicInteger newIdAgain = new AtomicInteger();
                AtomicReference<Throwable> publisherFailed = new AtomicReference<>();
                Thread publisher = Thread.ofPlatform().name("purchase-publisher").start(() -> {
                    Random random = new Random(7);
                    List<String> ids = new ArrayList<>();
                    try (KafkaSender.Batch batch = KafkaSender.batch(broker.bootstrapServers(), patientProducer)) {
                        long next = System.nanoTime();
                        for (int i = 0; i < PURCHASES; i++) {
                            String id = UUID.randomUUID().toString();
                            ids.add(id);
                            batch.publish(purchases.get(i), id);
                            published.incrementAndGet();
                            if (i > 0 && random.nextInt(20) == 0) {
                                int earlier = Math.max(0, i - random.nextInt(5_000));
                                if (random.nextBoolean()) {
                                    batch.publish(purchases.get(earlier), ids.get(earlier));
                                    sameIdAgain.incrementAndGet();
                                } else {
                                    batch.publish(purchases.get(earlier), UUID.randomUUID().toString());
                                    newIdAgain.incrementAndGet();
                                }
                            }
                            next += 400_000; // 2,500 a second
                            java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
                        }
                        batch.flush();
                    } catch (Throwable e) {
                        publisherFailed.set(e);
                    }
                });

                List<String> faults = new ArrayList<>();
                for (double share : new double[] {0.10, 0.30, 0.50, 0.75}) {
                    long at = (long) (PURCHASES * share);
                    Awaitility.await("%,d purchases accrued".formatted(at)).atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                            .until(() -> accrued.getAsLong() >= at || !points.alive());
                    assertThat(points.alive()).as("points-service runs (see %s)", points.log()).isTrue();
                    if (share == 0.30) {
                        long pid = broker.pid();
                        broker.killAndRestart();
                        faults.add("broker killed (pid %d) and restarted at %,d accrued, %,d published".formatted(pid, accrued.getAsLong(), published.get()));
                    } else {
                        long pid = points.pid();
                        points.kill();
                        faults.add("points-service killed (pid %d) at %,d accrued, %,d published".formatted(pid, accrued.getAsLong(), published.get()));
                        points.start();
                    }
                }
                publisher.join(Duration.ofMinutes(5));
                assertThat(publisherFailed.get()).as("the publisher").isNull();
                assertThat(published.get()).isEqualTo(PURCHASES);
                Awaitility.await("every purchase accrued").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofMillis(500))
                        .until(() -> accrued.getAsLong() >= PURCHASES || !points.alive());
                assertThat(points.alive()).as("points-service runs (see %s)", points.log()).isTrue();

                // nothing lost, nothing twice
                Set<UUID> accruedPurchases = new HashSet<>(db.sql("SELECT purchase_id FROM accrual").query(UUID.class).list());
                // (set operations: AssertJ's containsAll compares every pair, minutes for 100,000)
                Set<UUID> notAccrued = new HashSet<>(purchases.stream().map(PurchaseRecorded::purchaseId).toList());
                notAccrued.removeAll(accruedPurchases);
                assertThat(accruedPurchases).hasSize(PURCHASES);
                assertThat(notAccrued).as("purchases without an accrual (%,d)", notAccrued.size()).isEmpty();
                Map<UUID, Long> balances = new HashMap<>();
                db.sql("SELECT shopper_id, balance FROM points_balance").query((rs, n) -> balances.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                        .list();
                assertThat(balances).isEqualTo(expected);
                assertThat(count(db, "SELECT coalesce(sum(points), 0) FROM accrual")).isEqualTo(expectedTotal);
                assertThat(count(db, "SELECT count(*) FROM (SELECT transaction_id FROM points_entry GROUP BY transaction_id HAVING sum(amount) <> 0) t"))
                        .as("unbalanced ledger transactions").isZero();
                assertThat(count(db, "SELECT coalesce(sum(amount), 0) FROM points_entry WHERE account = 'shopper'")).isEqualTo(expectedTotal);
                long processed = count(db, "SELECT count(*) FROM processed_event WHERE consumer = 'points-service.purchases'");
                assertThat(processed).as("distinct purchase events applied or recognised").isEqualTo(PURCHASES + newIdAgain.get());

                // every PointsAccrued left the outbox (at least once; consumers of it are idempotent)
                long readFrom = System.nanoTime();
                Map<UUID, Integer> onKafka = new HashMap<>();
                try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "fault-test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
                    // every partition from its start, without a consumer group to join
                    List<org.apache.kafka.common.TopicPartition> partitions = java.util.stream.IntStream.range(0, Topics.PARTITIONS)
                            .mapToObj(p -> new org.apache.kafka.common.TopicPartition(Topics.POINTS_EVENTS, p)).toList();
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                    while (onKafka.size() < PURCHASES && System.nanoTime() < deadline) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                            var type = record.headers().lastHeader("ce_type");
                            if (type != null && ACCRUED.equals(new String(type.value(), java.nio.charset.StandardCharsets.UTF_8))) {
                                JsonNode data = JSON.readTree(record.value());
                                onKafka.merge(UUID.fromString(data.get("purchaseId").asString()), 1, Integer::sum);
                            }
                        }
                    }
                }
                Set<UUID> missing = new HashSet<>(accruedPurchases);
                missing.removeAll(onKafka.keySet());
                assertThat(missing).as("purchases whose PointsAccrued is not on Kafka after %d s (%,d of them; a few: %s; see %s)",
                        (System.nanoTime() - readFrom) / 1_000_000_000, missing.size(), missing.stream().limit(3).toList(), points.log()).isEmpty();
                Set<UUID> unexpected = new HashSet<>(onKafka.keySet());
                unexpected.removeAll(accruedPurchases);
                assertThat(unexpected).as("PointsAccrued of purchases that were not accrued").isEmpty();
                long sentTwice = onKafka.values().stream().filter(n -> n > 1).count();

                String report = """
                        # Accrual under faults (%s)

                        `AccrualUnderFaultsIT`: points-service and a Kafka broker as separate processes, local PostgreSQL.

                        - %,d purchases of %,d shoppers, published at about 2,500/s with %,d duplicates (%,d redelivered with the same event id, %,d published again with a new one)
                        %s
                        - afterwards: %,d accruals, %,d points in total = expected %,d, every shopper's balance as expected, ledger balanced
                        - `PointsAccrued` on Kafka for all %,d purchases (%,d of them sent more than once after the kills: the outbox delivers at least once)
                        - whole run %.0f s
                        """.formatted(Instant.now(), PURCHASES, SHOPPERS, sameIdAgain.get() + newIdAgain.get(), sameIdAgain.get(), newIdAgain.get(),
                        String.join("\n", faults.stream().map(f -> "- " + f).toList()), accruedPurchases.size(),
                        count(db, "SELECT coalesce(sum(points), 0) FROM accrual"), expectedTotal, onKafka.size(), sentTwice, (System.nanoTime() - began) / 1e9);
                System.out.println(report);
                Files.writeString(Path.of("target", "accrual-under-faults.md"), report);
                assertThat(faults).hasSize(4);
            }
        }
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}

package org.citycoop.loadtests.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.citycoop.analytics.AnalyticsServiceApplication;
import org.citycoop.analytics.readmodel.ReadModelRebuild;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.demohistory.DemoHistory;
import org.citycoop.testsupport.RealInfrastructure;
import org.citycoop.testsupport.RunningService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;

/**
 * How long analytics-service takes to build its read model from a year of demo history, and to rebuild
 * it from the topics; baseline in the same run: the same events read the first time.
 *
 * <pre>./mvnw -B -pl load-tests -am -Pbenchmark verify -Dit.test=ReadModelRebuildBenchmark -Dscale=1</pre>
 *
 * Writes load-tests/target/read-model-rebuild-benchmark.md.
 */
class ReadModelRebuildBenchmark {

    private static final double SCALE = Double.parseDouble(System.getProperty("scale", "1"));

    @Test
    void buildAndRebuildTheReadModelFromAYearOfEvents() throws IOException {
        List<DemoHistory.Event> year = new DemoHistory(new DemoHistory.Settings(2025, SCALE, 2026, RealInfrastructure.kafkaBootstrapServers())).events();
        long redemptions = year.stream().filter(e -> e.payload() instanceof VoucherRedeemed).count();
        try (RunningService analytics = RunningService.start(AnalyticsServiceApplication.class, "analytics-service",
                Map.of("logging.level.org.citycoop.platform.messaging", "WARN"))) {
            JdbcClient db = analytics.bean(JdbcClient.class);
            long start = System.nanoTime();
            try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    RealInfrastructure.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class, ProducerConfig.LINGER_MS_CONFIG, 20))) {
                year.forEach(event -> producer.send(DemoHistory.record(event)));
                producer.flush();
            }
            double published = seconds(start);
            Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> db.sql("SELECT count(*) FROM fact_redemption").query(Long.class).single() >= redemptions
                            && analytics.bean(ReadModelRebuild.class).status().facts() > 0);
            ReadModelRebuild rebuild = analytics.bean(ReadModelRebuild.class);
            Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> rebuild.recordsToRead() == 0);
            double built = seconds(start);

            long rebuildStart = System.nanoTime();
            rebuild.start();
            Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> "done".equals(rebuild.status().state()));
            double rebuilt = seconds(rebuildStart);
            assertThat(db.sql("SELECT count(*) FROM fact_redemption").query(Long.class).single()).isGreaterThanOrEqualTo(redemptions);

            String report = """
                    # Read model build and rebuild (%s)

                    analytics-service in-process, local PostgreSQL, in-JVM Kafka; demo history of 2025 at scale %s: %,d events (%,d redemptions).

                    | step | seconds | events/s |
                    |---|---|---|
                    | published (one producer) | %.1f | %,.0f |
                    | baseline: read the first time, until the consumers' lag is 0 | %.1f | %,.0f |
                    | rebuild from the topics (stop, empty, rewind, read again), until done | **%.1f** | %,.0f |
                    """.formatted(Instant.now(), SCALE, year.size(), redemptions, published, year.size() / published, built, year.size() / built,
                    rebuilt, year.size() / rebuilt);
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "read-model-rebuild-benchmark.md"), report);
        }
    }

    private static double seconds(long from) {
        return (System.nanoTime() - from) / 1e9;
    }
}

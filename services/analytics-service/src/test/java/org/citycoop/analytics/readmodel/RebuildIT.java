package org.citycoop.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citycoop.analytics.AnalyticsServiceIT;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.demohistory.DemoHistory;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.RealInfrastructure;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import tools.jackson.databind.JsonNode;

/**
 * The read model rebuilt from the topics: emptied, read again from the beginning, and the same
 * figures as before, each event applied once; progress as records still to read; operators only.
 * (The broker is shared with the module's other tests, whose events a rebuild reads too: the test
 * compares its own year, 2024, which no other test publishes.)
 */
@TestPropertySource(properties = "citycoop.test.isolation=rebuild")
class RebuildIT extends AnalyticsServiceIT {

    @Autowired
    ReadModelRebuild rebuild;

    @Test
    void theReadModelIsRebuiltFromTheTopicsWithTheSameFigures() {
        List<DemoHistory.Event> year = new DemoHistory(new DemoHistory.Settings(2024, 0.02, 5, RealInfrastructure.kafkaBootstrapServers())).events();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class, ProducerConfig.LINGER_MS_CONFIG, 20))) {
            year.forEach(event -> producer.send(DemoHistory.record(event)));
            producer.flush();
        }
        long vouchers = year.stream().filter(e -> e.payload() instanceof VoucherIssued).count();
        long redemptions = year.stream().filter(e -> e.payload() instanceof VoucherRedeemed).count();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .until(() -> rowsOf2024("fact_sale") == vouchers && rowsOf2024("fact_redemption") == redemptions);
        // and every other event read too (transfers, reversals, shoppers: not counted above), and rolled up
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).until(() -> rebuild.recordsToRead() == 0 && rollups.pending() == 0);
        String operator = TestTokens.operator();
        String query = "/api/analytics/spending?groupBy=month&from=2024-01-01&to=2024-12-31";
        String before = ServiceHttp.on(port).get(query, operator, "en").body();

        HttpResponse<String> started = ServiceHttp.on(port).call("POST", "/api/analytics/rebuild", operator, null, "en");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(ServiceHttp.json(started).get("state").asString()).isIn("running", "done");

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).until(() -> status(operator).get("state").asString().equals("done"));
        JsonNode done = status(operator);
        assertThat(done.get("recordsToRead").asLong()).isZero();
        assertThat(done.get("finishedAt").asString()).isNotBlank();
        assertThat(rowsOf2024("fact_sale")).isEqualTo(vouchers);
        assertThat(rowsOf2024("fact_redemption")).isEqualTo(redemptions);
        assertThat(ServiceHttp.on(port).get(query, operator, "en").body()).isEqualTo(before);
        assertThat(processed()).as("processed events recorded again").isPositive();

        String economist = TestTokens.token().roles(Role.ECONOMIST).region().sign();
        assertThat(ServiceHttp.on(port).call("POST", "/api/analytics/rebuild", economist, null, "en").statusCode()).isEqualTo(403);
    }

    @Test
    void theTopicsTheReadModelIsRebuiltFromAreKeptForEverOnTheTestBroker() throws Exception {
        // the tests' broker is set up like ./citycoop up's (topics.txt) and production: retention -1, never compacted (ADR 22)
        List<ConfigResource> topics = Topics.all().stream()
                .filter(t -> !t.endsWith(Topics.DEAD_LETTER_SUFFIX))
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        assertThat(topics).hasSize(5);
        try (AdminClient admin = OwnTopics.admin()) {
            admin.describeConfigs(topics).all().get().forEach((topic, config) -> {
                assertThat(config.get("retention.ms").value()).as(topic.name()).isEqualTo("-1");
                assertThat(config.get("cleanup.policy").value()).as(topic.name()).isEqualTo("delete");
            });
        }
    }

    private JsonNode status(String token) {
        return ServiceHttp.json(ServiceHttp.on(port).get("/api/analytics/rebuild", token, "en"));
    }

    /** Facts of 2024, the test's own year. */
    private long rowsOf2024(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE day BETWEEN '2024-01-01' AND '2024-12-31'").query(Long.class).single();
    }
}

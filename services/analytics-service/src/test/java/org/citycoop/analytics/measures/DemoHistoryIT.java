package org.citycoop.analytics.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.demohistory.DemoHistory;
import org.citycoop.testsupport.RealInfrastructure;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceUnderTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import tools.jackson.databind.JsonNode;

/**
 * The demo-history generator's year reaches the dashboards through the real broker: published twice
 * (as a second run of the generator would), every voucher and redemption is in the read model once,
 * and the measures show the Advent peak.
 */
@TestPropertySource(properties = "citycoop.test.isolation=demo-history")
class DemoHistoryIT extends ServiceUnderTest {

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void aYearOfDemoHistoryFillsTheDashboardsOnceAndShowsTheAdventPeak() {
        List<DemoHistory.Event> year = new DemoHistory(new DemoHistory.Settings(2025, 0.05, 11, RealInfrastructure.kafkaBootstrapServers())).events();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class, ProducerConfig.LINGER_MS_CONFIG, 20))) {
            for (int run = 0; run < 2; run++) {
                year.forEach(event -> producer.send(DemoHistory.record(event)));
            }
            producer.flush();
        }
        long vouchers = year.stream().filter(e -> e.payload() instanceof VoucherIssued).count();
        long redemptions = year.stream().filter(e -> e.payload() instanceof VoucherRedeemed).count();
        long euroCents = year.stream().filter(e -> e.payload() instanceof VoucherRedeemed r && r.currency().equals("EUR"))
                .mapToLong(e -> ((VoucherRedeemed) e.payload()).amount()).sum();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT count(*) FROM fact_sale") >= vouchers && count("SELECT count(*) FROM fact_redemption") >= redemptions);
        // until the consumers have seen the second copy of every event (same ids): still once each
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> meters.find("citycoop.events.consumed")
                .tag("outcome", "duplicate").counters().stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum() >= year.size());
        assertThat(count("SELECT count(*) FROM fact_sale")).isEqualTo(vouchers);
        assertThat(count("SELECT count(*) FROM fact_redemption")).isEqualTo(redemptions);
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM fact_redemption WHERE currency = 'EUR'")).isEqualTo(euroCents);

        String operator = TestTokens.operator();
        long december = sold(operator, "2025-12-01", "2025-12-31");
        long march = sold(operator, "2025-03-01", "2025-03-31");
        assertThat(december).as("vouchers sold in December vs March").isGreaterThan(2 * march);
        JsonNode flows = ServiceHttp.json(ServiceHttp.on(port).get("/api/analytics/flows?by=issuer&from=2025-01-01&to=2025-12-31", operator, "en"));
        assertThat(flows.get("countries").valueStream().map(f -> f.get("from").asString() + ">" + f.get("to").asString()))
                .as("the region's vouchers cross borders").contains("network>HU", "network>SI", "network>AT");
    }

    private long sold(String token, String from, String to) {
        JsonNode answer = ServiceHttp.json(ServiceHttp.on(port).get("/api/analytics/vouchers?groupBy=issuer&from=" + from + "&to=" + to, token, "en"));
        return answer.get("cells").valueStream().mapToLong(c -> c.path("sold").asLong(0)).sum();
    }
}

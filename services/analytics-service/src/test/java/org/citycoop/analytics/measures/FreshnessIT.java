package org.citycoop.analytics.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.analytics.readmodel.Euros;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Freshness: a redemption shows in the dashboard's figures within 5 s (p95) of its event reaching
 * the broker. Forty redemptions one after another, each timed from its publication until the
 * operator's spending query counts it. (Cells of one shopper are shown here: min-shoppers 1.)
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"citycoop.test.isolation=freshness", "citycoop.analytics.min-shoppers=1"})
class FreshnessIT {

    @LocalServerPort
    int port;

    @Test
    void aRedemptionIsInTheFiguresWithinFiveSecondsP95() {
        UUID shop = UUID.randomUUID();
        KafkaSender.publish(new MerchantRegistered(shop, "Thermalbad Shop GmbH", "Thermalbad Shop", "at-bad-radkersburg", "AT", "47.19", Instant.now()),
                UUID.randomUUID().toString());
        // the figures of "today": not begun in the last minutes before the network's midnight
        org.citycoop.testsupport.Midnight.notWithin(java.time.Duration.ofMinutes(5), Euros.NETWORK);
        String today = LocalDate.now(Euros.NETWORK).toString();
        String query = "/api/analytics/spending?groupBy=merchant&cities=at-bad-radkersburg&from=" + today + "&to=" + today;
        List<Long> millis = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            long start = System.nanoTime();
            KafkaSender.publish(new VoucherRedeemed(UUID.randomUUID(), UUID.randomUUID(), shop, UUID.randomUUID(), 500, "EUR", 500, "EUR", "1", 0, 1,
                    Instant.now()), UUID.randomUUID().toString());
            long expected = i;
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25)).until(() -> redemptions(query) >= expected);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("freshness of 40 redemptions: p50 %d ms, p95 %d ms, max %d ms%n", sorted.get(19), p95, sorted.get(39));
        assertThat(p95).as("p95 of event → figures, ms (all: %s)", sorted).isLessThan(5_000);
        assertThat(redemptions(query)).isEqualTo(40);
    }

    private long redemptions(String query) {
        JsonNode answer = ServiceHttp.json(ServiceHttp.on(port).get(query, TestTokens.operator(), "en"));
        return answer.get("cells").valueStream().mapToLong(c -> c.path("redemptions").asLong(0)).sum();
    }
}

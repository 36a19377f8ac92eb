package org.citycoop.analytics.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycoop.analytics.AnalyticsServiceIT;
import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Topics arrive in any order: redemptions whose shop, sale and shoppers are not known yet are left out
 * of the rollups until they are, and then counted where they belong; a shop that moves to another city
 * takes its past spending with it (its days are rolled up again). March 2023, which no other test uses.
 */
@TestPropertySource(properties = "citycoop.test.isolation=late-dimensions")
class LateDimensionsIT extends AnalyticsServiceIT {

    static final String MARCH = "from=2023-03-01&to=2023-03-31";
    static final Instant DAY = Instant.parse("2023-03-15T10:00:00Z");

    @Test
    void spendingFindsItsPlaceOnceShopSaleAndShoppersAreKnown() {
        UUID shop = UUID.randomUUID();
        UUID program = UUID.randomUUID();
        List<UUID> shoppers = new ArrayList<>();
        List<UUID> vouchers = new ArrayList<>();
        List<IntegrationEvent> spending = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shoppers.add(UUID.randomUUID());
            vouchers.add(UUID.randomUUID());
            // one shopper a day: no day has 5, the month has
            spending.add(new VoucherRedeemed(UUID.randomUUID(), vouchers.get(i), shop, UUID.randomUUID(), 1000, "EUR", 1000, "EUR", "1", 1000, 1,
                    DAY.plus(Duration.ofDays(i))));
        }
        publish(spending);
        await().atMost(Duration.ofSeconds(30)).until(() -> facts() == 5 && rollups.pending() == 0);
        String token = TestTokens.token().roles(Role.ECONOMIST).region().sign();
        assertThat(get("/api/analytics/spending?groupBy=city&" + MARCH, token).get("cells")).as("shop unknown: not counted").isEmpty();

        List<IntegrationEvent> dimensions = new ArrayList<>();
        dimensions.add(new MerchantRegistered(shop, "Thermalbad Radkersburg GmbH", "Parktherme", "at-bad-radkersburg", "AT", "96.04", DAY));
        for (int i = 0; i < 5; i++) {
            dimensions.add(new UserRegistered(shoppers.get(i), List.of("SHOPPER"), "si-radenci", null, DAY));
            dimensions.add(new VoucherIssued(vouchers.get(i), program, "hash-" + vouchers.get(i), "si-radenci", "EUR", 2000, 2000, 0, "COUNTER", "CARD",
                    shoppers.get(i), DAY.plus(Duration.ofDays(1000)), DAY.minus(Duration.ofDays(3))));
        }
        publish(dimensions);
        await().atMost(Duration.ofSeconds(30)).until(() -> rollups.pending() == 0
                && get("/api/analytics/flows?by=home&" + MARCH, token).get("cities").size() == 1);

        JsonNode byCity = get("/api/analytics/spending?groupBy=city&" + MARCH, token);
        assertThat(byCity.get("cells").get(0).get("key").asString()).isEqualTo("at-bad-radkersburg");
        assertThat(byCity.get("cells").get(0).get("amount").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(byCity.get("cells").get(0).get("shoppers").asLong()).isEqualTo(5);
        JsonNode flow = get("/api/analytics/flows?by=home&" + MARCH, token).get("cities").get(0);
        assertThat(flow.get("from").asString() + ">" + flow.get("to").asString()).isEqualTo("si-radenci>at-bad-radkersburg");
        JsonNode countries = get("/api/analytics/flows?by=issuer&" + MARCH, token).get("countries").get(0);
        assertThat(countries.get("from").asString() + ">" + countries.get("to").asString()).isEqualTo("SI>AT");
        // 3 to 7 days after the sale
        assertThat(get("/api/analytics/cities?" + MARCH, token).get("cities").get(0).get("velocityDays").decimalValue()).isEqualByComparingTo("5.0");
        // a top shop with 5 shoppers over the month, one a day: found by merging its days' shoppers
        JsonNode top = get("/api/analytics/spending?groupBy=merchant&top=3&" + MARCH, token).get("cells");
        assertThat(top).hasSize(1);
        assertThat(top.get(0).get("label").asString() + "/" + top.get(0).get("shoppers").asLong()).isEqualTo("Parktherme/5");
        // over two of its days, 2 shoppers: never ranked
        assertThat(get("/api/analytics/spending?groupBy=merchant&top=3&from=2023-03-15&to=2023-03-16", token).get("cells")).isEmpty();

        // the shop moves to Fehring: March's spending moves with it
        publish(List.of(new MerchantUpdated(shop, "Thermalbad Radkersburg GmbH", "Parktherme", "at-fehring", "AT", "96.04", "ACTIVE", DAY)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "at-fehring".equals(
                get("/api/analytics/spending?groupBy=city&" + MARCH, token).get("cells").path(0).path("key").asString("")));
    }

    private void publish(List<IntegrationEvent> events) {
        try (KafkaSender.Batch batch = KafkaSender.batch()) {
            events.forEach(event -> batch.publish(event, UUID.randomUUID().toString()));
            batch.flush();
        }
    }

    private long facts() {
        return jdbc.sql("SELECT count(*) FROM fact_redemption WHERE day BETWEEN DATE '2023-03-01' AND DATE '2023-03-31'").query(Long.class).single();
    }

    private JsonNode get(String path, String token) {
        return ServiceHttp.json(ServiceHttp.on(port).get(path, token, "en"));
    }
}

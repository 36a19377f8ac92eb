package org.citycoop.redemption.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.security.Role;
import org.citycoop.redemption.checkout.ShopFixtures;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Last week the Feldbach bakery took EUR 20 and EUR 5 off two Feldbach vouchers and gave EUR 3 back:
 * settling the week pays out EUR 22, once; the settled redemption can no longer be reversed.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "citycoop.test.isolation=settlement")
class SettlementIT {

    @RegisterExtension
    static final KafkaTap redemptionEvents = KafkaTap.on(Topics.REDEMPTION_EVENTS);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${citycoop.voucher-codes.hash-key}")
    String hashKey;

    @Test
    void aWeekIsSettledOnceAndItsRedemptionsAreClosed() {
        ShopFixtures.Shop shop = ShopFixtures.feldbachBakery(jdbc, hashKey);
        String till = shop.terminal();
        VoucherCode first = shop.voucher(5000);
        VoucherCode second = shop.voucher(1000);
        String redemption = redeem(till, first, "20");
        redeem(till, second, "5");
        var reversed = ServiceHttp.on(port).call("POST", "/api/checkout/redemptions/" + redemption + "/reversals", till, "{\"amount\":3}", "en",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(201);
        // it all happened last week
        LocalDate monday = LocalDate.now(Settlements.ZONE).minusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        Instant wednesday = monday.plusDays(2).atTime(10, 0).atZone(Settlements.ZONE).toInstant();
        jdbc.sql("UPDATE redemption SET at = :at WHERE merchant_id = :m").param("at", java.sql.Timestamp.from(wednesday)).param("m", shop.bakery()).update();
        jdbc.sql("UPDATE reversal SET at = :at").param("at", java.sql.Timestamp.from(wednesday.plus(1, ChronoUnit.HOURS))).update();

        String operator = TestTokens.operator();
        String week = "{\"from\":\"" + monday + "\",\"to\":\"" + monday.plusDays(6) + "\"}";
        var settled = ServiceHttp.on(port).call("POST", "/api/settlements", operator, week, "en");
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        JsonNode statement = ServiceHttp.JSON.readTree(settled.body()).get(0);
        assertThat(statement.get("issuer").asString()).isEqualTo("at-feldbach");
        assertThat(statement.get("redemptions").asInt()).isEqualTo(2);
        assertThat(statement.get("redeemed").asLong()).isEqualTo(2500);
        assertThat(statement.get("reversed").asLong()).isEqualTo(300);
        assertThat(statement.get("payout").asLong()).isEqualTo(2200);
        var event = redemptionEvents.awaitRecord("MerchantSettled", r -> KafkaTap.header(r, "ce_type").endsWith("merchant-settled.v1"));
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).contains("\"payout\":2200").contains(shop.bakery().toString());

        assertThat(ServiceHttp.JSON.readTree(ServiceHttp.on(port).call("POST", "/api/settlements", operator, week, "en").body()).size())
                .as("settling again finds nothing new").isZero();
        var tooLate = ServiceHttp.on(port).call("POST", "/api/checkout/redemptions/" + redemption + "/reversals", till, "{\"amount\":1}", "de",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.body()).contains("abgerechnet");

        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(shop.bakery()).sign();
        assertThat(ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/settlements", owner, "en").body()).size())
                .isEqualTo(1);
        String stranger = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(UUID.randomUUID()).sign();
        assertThat(ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/settlements", stranger, "en").statusCode()).isEqualTo(403);
        assertThat(ServiceHttp.on(port).call("POST", "/api/settlements", operator, "{\"from\":\"2026-11-22\",\"to\":\"2026-11-16\"}", "en").statusCode())
                .isEqualTo(400);
        assertThat(ServiceHttp.on(port).call("POST", "/api/settlements", operator, "{\"from\":\"" + LocalDate.now() + "\",\"to\":\"" + LocalDate.now() + "\"}",
                "en").statusCode()).as("today is not over").isEqualTo(400);
        assertThat(ServiceHttp.on(port).call("POST", "/api/settlements", till, week, "en").statusCode()).isEqualTo(403);
    }

    private String redeem(String till, VoucherCode code, String amount) {
        var redeemed = ServiceHttp.on(port).call("POST", "/api/checkout/redemptions", till, "{\"code\":\"" + code.value() + "\",\"amount\":" + amount
                + ",\"currency\":\"EUR\"}", "en", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(201);
        return ServiceHttp.JSON.readTree(redeemed.body()).get("redemptionId").asString();
    }
}

package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.platform.security.Role;
import org.citycoop.points.PointsServiceApplication;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.RunningService;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.voucher.VoucherServiceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Points become a voucher across two services and the real broker: purchases earn a Weiz shopper 1,000
 * points in points-service; the shopper converts them into the Weiz program's EUR 10 reward; the voucher
 * appears in the wallet in voucher-service, once, even though the phone sent the conversion twice.
 */
class PointsIntoAVoucherIT {

    private static RunningService points;
    private static RunningService vouchers;

    @BeforeAll
    static void start() {
        points = RunningService.start(PointsServiceApplication.class, "points-service", Map.of());
        vouchers = RunningService.start(VoucherServiceApplication.class, "voucher-service", Map.of("citycoop.voucher.expiry.enabled", false));
    }

    @AfterAll
    static void stop() {
        vouchers.close();
        points.close();
    }

    @Test
    void aThousandPointsBecomeATenEuroVoucherInTheWalletOnce() {
        String operator = TestTokens.token().subject("operator-rewards").roles(Role.OPERATOR).sign();
        ServiceHttp voucherApi = ServiceHttp.on(vouchers.port());
        String program = VoucherPrograms.activated(voucherApi, operator, """
                {"names": {"de": "Weizer Gutschein", "sl": "Bon Weiz", "hu": "Weizi utalvány", "en": "Weiz voucher"},
                 "issuer": "at-weiz", "currency": "EUR", "coverage": "CITY", "cityCodes": ["at-weiz"],
                 "denominations": [10, 20], "validityMonths": 12}""", "de").toString();

        UUID shopper = UUID.randomUUID();
        for (String day : List.of("2026-11-02", "2026-11-03")) {
            KafkaSender.publish(new PurchaseRecorded(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "at-weiz", shopper, 50_000, "EUR", 0,
                    Instant.parse(day + "T10:00:00Z")), UUID.randomUUID().toString());
        }
        String phone = TestTokens.token().subject(shopper.toString()).roles(Role.SHOPPER).homeCity("at-weiz").sign();
        ServiceHttp pointsApi = ServiceHttp.on(points.port());
        await().atMost(Duration.ofSeconds(10)).until(() -> ServiceHttp.JSON.readTree(pointsApi.get("/api/loyalty-account", phone, "de").body())
                .get("balance").asLong() == 1000);

        var reward = pointsApi.call("POST", "/api/rewards", operator, """
                {"programId": "%s", "names": {"de": "Weizer Gutschein 10 €", "sl": "Bon Weiz 10 €", "hu": "Weizi utalvány 10 €", "en": "Weiz voucher EUR 10"},
                 "amount": 10, "currency": "EUR", "points": 1000}""".formatted(program), "de");
        String rewardId = ServiceHttp.JSON.readTree(reward.body()).get("id").asString();
        String key = UUID.randomUUID().toString();
        String body = "{\"rewardId\":\"" + rewardId + "\"}";
        assertThat(pointsApi.call("POST", "/api/conversions", phone, body, "de", Map.of("Idempotency-Key", key)).statusCode()).isEqualTo(201);
        assertThat(pointsApi.call("POST", "/api/conversions", phone, body, "de", Map.of("Idempotency-Key", key)).statusCode())
                .as("the phone's retry").isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> ServiceHttp.JSON.readTree(voucherApi.get("/api/wallet", phone, "de").body()).size() == 1);
        JsonNode wallet = ServiceHttp.JSON.readTree(voucherApi.get("/api/wallet", phone, "de").body());
        assertThat(wallet.get(0).get("programId").asString()).isEqualTo(program);
        assertThat(wallet.get(0).get("balance").decimalValue()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(ServiceHttp.JSON.readTree(pointsApi.get("/api/loyalty-account", phone, "de").body()).get("balance").asLong()).isZero();
    }
}

package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.platform.security.Role;
import org.citycoop.points.PointsServiceApplication;
import org.citycoop.redemption.RedemptionServiceApplication;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.RunningService;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A shopper's phone shows the member QR from points-service; the till of a Gleisdorf bookshop records
 * the purchase with it in redemption-service, which checks the token with the keys points-service
 * publishes, without calling it per purchase: accepted once, refused as used the second time.
 */
class MemberQrAtTheTillIT {

    private static RunningService points;
    private static RunningService redemption;

    @BeforeAll
    static void start() {
        points = RunningService.start(PointsServiceApplication.class, "points-service", Map.of());
        redemption = RunningService.start(RedemptionServiceApplication.class, "redemption-service",
                Map.of("citycoop.points.member-keys-uri", "http://127.0.0.1:" + points.port() + "/api/member-keys"));
    }

    @AfterAll
    static void stop() {
        redemption.close();
        points.close();
    }

    @Test
    void theMemberQrFromPointsServiceIsAcceptedAtTheTillOnceAndOnlyOnce() {
        UUID shop = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        KafkaSender.publish(new MerchantRegistered(shop, "Buchhandlung Plautz KG", "Buchhandlung Plautz", "at-gleisdorf", "AT", "47.61", Instant.now()));
        KafkaSender.publish(new StoreOpened(store, shop, "Buchhandlung Plautz", "at-gleisdorf", Instant.now()));
        String till = TestTokens.token().subject("terminal-plautz").roles(Role.TERMINAL).merchant(shop).store(store).sign();
        ServiceHttp tillApi = ServiceHttp.on(redemption.port());

        UUID shopper = UUID.randomUUID();
        String phone = TestTokens.token().subject(shopper.toString()).roles(Role.SHOPPER).homeCity("si-ptuj").sign();
        JsonNode card = ServiceHttp.JSON.readTree(ServiceHttp.on(points.port()).call("POST", "/api/member-tokens", phone, "", "de").body());
        String qr = card.get("qr").asString();

        String purchase = "{\"basketTotal\":23.90,\"currency\":\"EUR\",\"memberToken\":\"" + qr + "\"}";
        // the till learns of the store from merchant-service's events first
        await().atMost(Duration.ofSeconds(10)).until(() -> tillApi.call("POST", "/api/checkout/purchases", till, "{\"basketTotal\":1,\"currency\":\"EUR\"}", "de",
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).statusCode() == 201);
        var accepted = tillApi.call("POST", "/api/checkout/purchases", till, purchase, "de", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonNode recorded = ServiceHttp.JSON.readTree(accepted.body());
        assertThat(recorded.get("member").asString()).isEqualTo("ACCEPTED");
        assertThat(recorded.get("memberMessage").asString()).isNotBlank();

        var again = tillApi.call("POST", "/api/checkout/purchases", till, purchase, "de", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(ServiceHttp.JSON.readTree(again.body()).get("member").asString()).as("one purchase per token").isEqualTo("ALREADY_USED");

        String fresh = ServiceHttp.JSON.readTree(ServiceHttp.on(points.port()).call("POST", "/api/member-tokens", phone, "", "de").body()).get("qr").asString();
        var next = tillApi.call("POST", "/api/checkout/purchases", till, "{\"basketTotal\":4.20,\"currency\":\"EUR\",\"memberToken\":\"" + fresh + "\"}", "de",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(ServiceHttp.JSON.readTree(next.body()).get("member").asString()).as("the next QR is good again").isEqualTo("ACCEPTED");
    }
}

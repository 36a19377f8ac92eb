package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.points.MemberToken;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.security.Role;
import org.citycoop.redemption.RedemptionServiceIT;
import org.citycoop.testsupport.ContractEvents;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * A purchase at the bakery with the shopper's member QR (signed with points-service's key, published
 * here by a stand-in key endpoint): recorded for points once per token; expired, forged, too long-lived
 * or reused tokens are said so at once, and the purchase is still recorded without the shopper.
 */
@TestPropertySource(properties = "citycoop.test.isolation=purchases")
class PurchasesIT extends RedemptionServiceIT {

    private static final ECKey POINTS_KEY = key();
    private static final ECKey FORGER = key();
    private static final HttpServer KEYS = keyServer();

    @RegisterExtension
    static final KafkaTap redemptionEvents = KafkaTap.on(Topics.REDEMPTION_EVENTS);

    @DynamicPropertySource
    static void pointsKeys(DynamicPropertyRegistry registry) {
        registry.add("citycoop.points.member-keys-uri", () -> "http://127.0.0.1:" + KEYS.getAddress().getPort() + "/api/member-keys");
    }

    ShopFixture shop;
    String till;

    @BeforeEach
    void shop() {
        shop = new ShopFixture(jdbc, hashKey);
        till = shop.terminal();
    }

    @Test
    void aValidMemberQrEarnsThePurchaseOnceAndSaysSoAtOnce() {
        UUID shopper = UUID.randomUUID();
        String token = MemberToken.URI_PREFIX + token(POINTS_KEY, shopper, Instant.now(), 60, MemberToken.TYPE);
        var recorded = purchase("{\"basketTotal\":23.80,\"currency\":\"EUR\",\"memberToken\":\"" + token + "\"}", UUID.randomUUID().toString(), "de");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonNode answer = ServiceHttp.JSON.readTree(recorded.body());
        assertThat(answer.get("member").asString()).isEqualTo("ACCEPTED");
        assertThat(answer.get("memberMessage").asString()).contains("Punkte");
        String purchase = answer.get("purchaseId").asString();
        var event = redemptionEvents.awaitRecord("PurchaseRecorded", r -> new String(r.value(), StandardCharsets.UTF_8).contains(purchase));
        var recordedEvent = ContractEvents.decoded(json, event, org.citycoop.contracts.redemption.PurchaseRecorded.class);
        assertThat(recordedEvent.purchaseId()).hasToString(purchase);
        assertThat(recordedEvent.shopperId()).isEqualTo(shopper);
        assertThat(recordedEvent.basketTotal()).isEqualTo(2380);
        assertThat(recordedEvent.currency()).isEqualTo("EUR");
        assertThat(recordedEvent.cityCode()).isEqualTo("at-feldbach");
        assertThat(event.key()).isEqualTo(shopper.toString());

        var again = purchase("{\"basketTotal\":5,\"currency\":\"EUR\",\"memberToken\":\"" + token + "\"}", UUID.randomUUID().toString(), "en");
        assertThat(ServiceHttp.JSON.readTree(again.body()).get("member").asString()).as("one purchase per token").isEqualTo("ALREADY_USED");
    }

    @Test
    void partOfAPurchaseIsRefundedOnceAndNeverMoreThanTheBasket() {
        UUID shopper = UUID.randomUUID();
        String token = MemberToken.URI_PREFIX + token(POINTS_KEY, shopper, Instant.now(), 60, MemberToken.TYPE);
        String purchase = ServiceHttp.JSON.readTree(purchase("{\"basketTotal\":23.90,\"currency\":\"EUR\",\"memberToken\":\"" + token + "\"}",
                UUID.randomUUID().toString(), "de").body()).get("purchaseId").asString();
        String key = UUID.randomUUID().toString();
        var refunded = refund(purchase, "{\"amount\":10}", key, till, "de");
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(201);
        assertThat(ServiceHttp.JSON.readTree(refunded.body()).get("refundedTotal").decimalValue()).isEqualByComparingTo("10");
        var event = redemptionEvents.awaitRecord("PurchaseRefunded", r -> KafkaTap.header(r, "ce_type").endsWith("purchase-refunded.v1")
                && new String(r.value(), StandardCharsets.UTF_8).contains(purchase));
        var refundedEvent = ContractEvents.decoded(json, event, org.citycoop.contracts.redemption.PurchaseRefunded.class);
        assertThat(refundedEvent.purchaseId()).hasToString(purchase);
        assertThat(refundedEvent.shopperId()).isEqualTo(shopper);
        assertThat(refundedEvent.amount()).isEqualTo(1000);
        assertThat(refundedEvent.refundedTotal()).isEqualTo(1000);
        assertThat(refundedEvent.basketTotal()).isEqualTo(2390);
        assertThat(event.key()).as("on the purchase's partition").isEqualTo(shopper.toString());

        var retried = refund(purchase, "{\"amount\":10}", key, till, "de");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
        var tooMuch = refund(purchase, "{\"amount\":14}", UUID.randomUUID().toString(), till, "de");
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("amount").contains("13,90");
        assertThat(refund(purchase, "{\"amount\":13.90}", UUID.randomUUID().toString(), till, "de").statusCode()).as("the rest").isEqualTo(201);
        assertThat(refund(purchase, "{\"amount\":0.01}", UUID.randomUUID().toString(), till, "de").statusCode()).as("nothing left").isEqualTo(400);
        String otherShop = TestTokens.token().subject("terminal-elsewhere").roles(Role.TERMINAL).merchant(UUID.randomUUID()).store(UUID.randomUUID()).sign();
        assertThat(refund(purchase, "{\"amount\":1}", UUID.randomUUID().toString(), otherShop, "en").statusCode()).isEqualTo(404);
        assertThat(ServiceHttp.on(port).call("POST", "/api/checkout/purchases/" + purchase + "/refunds", till, "{\"amount\":1}", "en").statusCode())
                .as("no Idempotency-Key").isEqualTo(400);
        assertThat(jdbc.sql("SELECT sum(amount) FROM purchase_refund WHERE purchase_id = :p").param("p", UUID.fromString(purchase)).query(Long.class).single())
                .isEqualTo(2390);
    }

    private java.net.http.HttpResponse<String> refund(String purchase, String body, String key, String terminal, String language) {
        return ServiceHttp.on(port).call("POST", "/api/checkout/purchases/" + purchase + "/refunds", terminal, body, language, Map.of("Idempotency-Key", key));
    }

    @Test
    void badMemberTokensAreNamedAndThePurchaseIsStillRecorded() {
        UUID shopper = UUID.randomUUID();
        assertThat(member(token(POINTS_KEY, shopper, Instant.now().minusSeconds(120), 60, MemberToken.TYPE))).isEqualTo("EXPIRED");
        assertThat(member(token(POINTS_KEY, shopper, Instant.now(), 120, MemberToken.TYPE))).as("lives too long").isEqualTo("INVALID");
        assertThat(member(token(FORGER, shopper, Instant.now(), 60, MemberToken.TYPE))).as("forged").isEqualTo("INVALID");
        assertThat(member(token(POINTS_KEY, shopper, Instant.now(), 60, "JWT"))).as("an access token is no member token").isEqualTo("INVALID");
        assertThat(member("not-a-token")).isEqualTo("INVALID");
        assertThat(jdbc.sql("SELECT count(*) FROM purchase WHERE store_id = :s AND shopper_id IS NULL").param("s", shop.store).query(Long.class).single())
                .isEqualTo(5);
    }

    @Test
    void aPurchasePaidPartlyWithAVoucherSaysHowMuchAndBadRequestsAreNamed() {
        VoucherCode code = shop.voucher(5000, Instant.now().plus(10, ChronoUnit.DAYS));
        var redeemed = ServiceHttp.on(port).call("POST", "/api/checkout/redemptions", till, "{\"code\":\"" + code.value() + "\",\"amount\":12.50,"
                + "\"currency\":\"EUR\"}", "en", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        String redemption = ServiceHttp.JSON.readTree(redeemed.body()).get("redemptionId").asString();
        String key = UUID.randomUUID().toString();
        String body = "{\"basketTotal\":23.80,\"currency\":\"EUR\",\"redemptionIds\":[\"" + redemption + "\"]}";
        JsonNode recorded = ServiceHttp.JSON.readTree(purchase(body, key, "en").body());
        assertThat(recorded.get("voucherAmount").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(recorded.get("member").asString()).isEqualTo("NONE");
        var replayed = purchase(body, key, "en");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(ServiceHttp.JSON.readTree(replayed.body()).get("purchaseId").asString()).isEqualTo(recorded.get("purchaseId").asString());

        assertThat(field(purchase("{\"basketTotal\":2380,\"currency\":\"HUF\"}", UUID.randomUUID().toString(), "en"))).isEqualTo("currency");
        assertThat(field(purchase("{\"basketTotal\":0,\"currency\":\"EUR\"}", UUID.randomUUID().toString(), "en"))).isEqualTo("basketTotal");
        assertThat(field(purchase("{\"basketTotal\":1,\"currency\":\"EUR\",\"redemptionIds\":[\"" + UUID.randomUUID() + "\"]}", UUID.randomUUID().toString(),
                "en"))).isEqualTo("redemptionIds");
    }

    private String member(String token) {
        var response = purchase("{\"basketTotal\":9.90,\"currency\":\"EUR\",\"memberToken\":\"" + token + "\"}", UUID.randomUUID().toString(), "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ServiceHttp.JSON.readTree(response.body()).get("member").asString();
    }

    private static String field(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return ServiceHttp.JSON.readTree(response.body()).get("errors").get(0).get("field").asString();
    }

    private HttpResponse<String> purchase(String body, String key, String language) {
        return ServiceHttp.on(port).call("POST", "/api/checkout/purchases", till, body, language, Map.of("Idempotency-Key", key));
    }

    private static String token(ECKey key, UUID shopper, Instant issued, int lifetimeSeconds, String type) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(POINTS_KEY.getKeyID()).type(new JOSEObjectType(type)).build(),
                    new JWTClaimsSet.Builder().issuer(MemberToken.ISSUER).audience(MemberToken.AUDIENCE).subject(shopper.toString())
                            .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(issued)).expirationTime(Date.from(issued.plusSeconds(lifetimeSeconds)))
                            .build());
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey key() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("points-1").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands in for points-service's key endpoint (issue 7): the public half of its member-token key. */
    private static HttpServer keyServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] keys = new JWKSet(POINTS_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/api/member-keys", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                exchange.getResponseBody().write(keys);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.merchant.MerchantSuspended;
import org.citycoop.contracts.merchant.ProgramAccepted;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherIssued;
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

import tools.jackson.databind.JsonNode;

/**
 * The till of a Feldbach bakery (its terminal's token names the store): scan a Feldbach voucher,
 * take part of it, retry safely, be declined for good reasons in the cashier's language, and never
 * go below zero when five hundred redemptions race for one voucher.
 */
class CheckoutIT extends RedemptionServiceIT {

    @RegisterExtension
    static final KafkaTap redemptionEvents = KafkaTap.on(Topics.REDEMPTION_EVENTS);

    ShopFixture shop;
    UUID bakery;
    UUID store;
    String terminal;

    @BeforeEach
    void aFeldbachBakeryAcceptingTheFeldbachVoucher() {
        shop = new ShopFixture(jdbc, hashKey);
        bakery = shop.bakery;
        store = shop.store;
        terminal = shop.terminal();
    }

    @Test
    void aTerminalScansAndTakesPartOfAVoucherAndARetryDebitsNothing() {
        VoucherCode code = voucher(5000);
        JsonNode scan = ServiceHttp.JSON.readTree(post("/api/checkout/scans", terminal, "{\"code\":\"" + code.uri() + "\"}", null, "de").body());
        assertThat(scan.get("spendable").asBoolean()).isTrue();
        assertThat(scan.get("balance").decimalValue()).isEqualByComparingTo("50");

        String key = UUID.randomUUID().toString();
        String body = "{\"code\":\"" + code.grouped() + "\",\"amount\":12.50,\"currency\":\"EUR\",\"basketTotal\":23.80}";
        var approved = post("/api/checkout/redemptions", terminal, body, key, "de");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
        JsonNode answer = ServiceHttp.JSON.readTree(approved.body());
        assertThat(answer.get("balanceAfter").decimalValue()).isEqualByComparingTo("37.50");
        var event = redemptionEvents.awaitRecord("VoucherRedeemed", r -> KafkaTap.header(r, "ce_type").endsWith("voucher-redeemed.v1")
                && new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains(answer.get("redemptionId").asString()));
        VoucherRedeemed redeemed = decoded(event, VoucherRedeemed.class);
        assertThat(redeemed.redemptionId()).hasToString(answer.get("redemptionId").asString());
        assertThat(redeemed.voucherId()).isEqualTo(shop.voucherId(code));
        assertThat(redeemed.merchantId()).isEqualTo(bakery);
        assertThat(redeemed.storeId()).isEqualTo(store);
        assertThat(redeemed.amount()).isEqualTo(1250);
        assertThat(redeemed.currency()).isEqualTo("EUR");
        assertThat(redeemed.balanceAfter()).isEqualTo(3750);
        assertThat(redeemed.sequence()).isEqualTo(1);

        var retried = post("/api/checkout/redemptions", terminal, body, key, "de");
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(ServiceHttp.JSON.readTree(retried.body()).get("redemptionId").asString()).isEqualTo(answer.get("redemptionId").asString());
        assertThat(balance(code)).as("no second debit").isEqualTo(3750);
        assertThat(post("/api/checkout/redemptions", terminal, body.replace("12.50", "10"), key, "de").statusCode()).isEqualTo(422);

        var tooMuch = post("/api/checkout/redemptions", terminal, body.replace("12.50", "40"), UUID.randomUUID().toString(), "de");
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        JsonNode declined = ServiceHttp.JSON.readTree(tooMuch.body());
        assertThat(declined.get("reason").asString()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(declined.get("title").asString()).isEqualTo("Zu wenig auf dem Gutschein");
        assertThat(balance(code)).isEqualTo(3750);
    }

    @Test
    void theScanNamesTheLastDayOfTheVoucherInTheCitiesCalendar() {
        // 23:30 UTC on 2 December is 00:30 on 3 December in Feldbach: the voucher can still be spent on the 3rd
        VoucherCode lateInTheNight = voucher(1000, Instant.parse("2029-12-02T23:30:00Z"));
        JsonNode scan = ServiceHttp.JSON.readTree(post("/api/checkout/scans", terminal, "{\"code\":\"" + lateInTheNight.value() + "\"}", null, "en").body());
        assertThat(scan.get("validUntil").asString()).isEqualTo("2029-12-03");
        // ending at midnight starting 3 December (23:00 UTC): the 2nd is the last day
        VoucherCode atMidnight = voucher(1000, Instant.parse("2029-12-02T23:00:00Z"));
        scan = ServiceHttp.JSON.readTree(post("/api/checkout/scans", terminal, "{\"code\":\"" + atMidnight.value() + "\"}", null, "en").body());
        assertThat(scan.get("validUntil").asString()).isEqualTo("2029-12-02");
    }

    @Test
    void eightTillPressesWithOneKeyAtOnceDebitOnceAndTheOthersAreToldToRetry() throws Exception {
        VoucherCode code = voucher(5000);
        String key = UUID.randomUUID().toString();
        String body = "{\"code\":\"" + code.value() + "\",\"amount\":4,\"currency\":\"EUR\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> post("/api/checkout/redemptions", terminal, body, key, "en")));
        }
        List<String> approved = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
            if (response.statusCode() == 201) {
                approved.add(ServiceHttp.JSON.readTree(response.body()).get("redemptionId").asString());
            }
        }
        pool.shutdown();
        assertThat(approved).isNotEmpty().containsOnly(approved.getFirst());
        assertThat(balance(code)).as("debited once").isEqualTo(4600);
        var retry = post("/api/checkout/redemptions", terminal, body, key, "en");
        assertThat(ServiceHttp.JSON.readTree(retry.body()).get("redemptionId").asString()).isEqualTo(approved.getFirst());
    }

    @Test
    void aReturnedPurchaseIsGivenBackOnceAndNeverMoreThanWasTaken() {
        VoucherCode code = voucher(5000);
        var redeemed = post("/api/checkout/redemptions", terminal, "{\"code\":\"" + code.value() + "\",\"amount\":20,\"currency\":\"EUR\"}",
                UUID.randomUUID().toString(), "en");
        String redemption = ServiceHttp.JSON.readTree(redeemed.body()).get("redemptionId").asString();
        String path = "/api/checkout/redemptions/" + redemption + "/reversals";

        String key = UUID.randomUUID().toString();
        var part = post(path, terminal, "{\"amount\":5}", key, "en");
        assertThat(part.statusCode()).as(part.body()).isEqualTo(201);
        assertThat(ServiceHttp.JSON.readTree(part.body()).get("balanceAfter").decimalValue()).isEqualByComparingTo("35");
        assertThat(post(path, terminal, "{\"amount\":5}", key, "en").statusCode()).as("retried").isEqualTo(200);
        assertThat(balance(code)).isEqualTo(3500);
        assertThat(post(path, terminal, "{\"amount\":6}", key, "en").statusCode()).as("another request under the key").isEqualTo(422);

        var rest = post(path, terminal, null, UUID.randomUUID().toString(), "en");
        assertThat(ServiceHttp.JSON.readTree(rest.body()).get("amount").decimalValue()).isEqualByComparingTo("15");
        assertThat(balance(code)).isEqualTo(5000);
        var more = post(path, terminal, "{\"amount\":1}", UUID.randomUUID().toString(), "de");
        assertThat(more.statusCode()).isEqualTo(409);
        assertThat(more.body()).contains("0,00").doesNotContain("Exception");
        assertThat(post(path, terminal, "{\"amount\":0.001}", UUID.randomUUID().toString(), "en").statusCode()).isEqualTo(400);
        String otherShop = TestTokens.token().subject("terminal-other").roles(Role.TERMINAL).merchant(UUID.randomUUID()).store(UUID.randomUUID()).sign();
        assertThat(post(path, otherShop, null, UUID.randomUUID().toString(), "en").statusCode()).isEqualTo(404);

        UUID voucherId = jdbc.sql("SELECT id FROM voucher WHERE code_hash = :h").param("h", code.keyedHash(key())).query(UUID.class).single();
        await().atMost(Duration.ofSeconds(10)).until(() -> redemptionEvents.records().stream()
                .filter(r -> voucherId.toString().equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("redemption-reversed.v1")).count() == 2);
        List<RedemptionReversed> reversed = redemptionEvents.records().stream()
                .filter(r -> voucherId.toString().equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("redemption-reversed.v1"))
                .map(r -> decoded(r, RedemptionReversed.class)).toList();
        assertThat(reversed).extracting(RedemptionReversed::amount).containsExactlyInAnyOrder(500L, 1500L);
        assertThat(reversed).extracting(RedemptionReversed::balanceAfter).containsExactlyInAnyOrder(3500L, 5000L);
        assertThat(reversed).allSatisfy(event -> {
            assertThat(event.redemptionId()).hasToString(redemption);
            assertThat(event.merchantId()).isEqualTo(bakery);
            assertThat(event.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void badInputsAreFourHundredsNeverFiveHundreds() {
        VoucherCode code = voucher(1000);
        String typo = code.value().substring(0, 23) + (code.value().charAt(23) == '0' ? '1' : '0');
        for (String body : List.of("{\"code\":\"" + typo + "\",\"amount\":1,\"currency\":\"EUR\"}", "{\"code\":\"citycoop:v1:FORGED\",\"amount\":1,\"currency\":\"EUR\"}",
                "{\"code\":\"" + code.value() + "\",\"amount\":0,\"currency\":\"EUR\"}", "{\"code\":\"" + code.value() + "\",\"amount\":-5,\"currency\":\"EUR\"}",
                "{\"code\":\"" + code.value() + "\",\"amount\":1.001,\"currency\":\"EUR\"}", "{\"code\":\"" + code.value() + "\",\"amount\":1,\"currency\":\"USD\"}",
                "{\"code\":\"" + code.value() + "\",\"amount\":1,\"currency\":\"EUR\",\"basketTotal\":-1}", "{\"code\": [1,2]}", "not json")) {
            var response = post("/api/checkout/redemptions", terminal, body, UUID.randomUUID().toString(), "en");
            assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(post("/api/checkout/redemptions", terminal, "{\"code\":\"" + code.value() + "\",\"amount\":1,\"currency\":\"EUR\"}", null, "en").statusCode())
                .as("no Idempotency-Key").isEqualTo(400);
        String cashier = TestTokens.cashier(bakery);
        var noStore = post("/api/checkout/scans", cashier, "{\"code\":\"" + code.value() + "\"}", null, "en");
        assertThat(ServiceHttp.JSON.readTree(noStore.body()).get("errors").get(0).get("field").asString()).isEqualTo("storeId");
        assertThat(post("/api/checkout/scans", cashier, "{\"code\":\"" + code.value() + "\",\"storeId\":\"" + store + "\"}", null, "en").statusCode())
                .isEqualTo(200);
        assertThat(post("/api/checkout/scans", TestTokens.of(Role.SHOPPER), "{\"code\":\"" + code.value() + "\"}", null, "en").statusCode()).isEqualTo(403);
        assertThat(balance(code)).isEqualTo(1000);
    }

    @Test
    void aPhotoOfTheQrCodeScansAndBadImagesAreRefused() throws Exception {
        VoucherCode code = voucher(2500);
        var matrix = new com.google.zxing.qrcode.QRCodeWriter().encode(code.uri(), com.google.zxing.BarcodeFormat.QR_CODE, 300, 300);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        com.google.zxing.client.j2se.MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        var scanned = image(png.toByteArray(), "image/png", "en");
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
        assertThat(ServiceHttp.JSON.readTree(scanned.body()).get("balance").decimalValue()).isEqualByComparingTo("25");
        // the till gets the code it read, to redeem it
        assertThat(ServiceHttp.JSON.readTree(scanned.body()).get("code").asString()).isEqualTo(code.uri());

        var notAnImage = image("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/png", "de");
        assertThat(notAnImage.statusCode()).isEqualTo(400);
        assertThat(notAnImage.body()).contains("kein PNG");
        assertThat(image(pngOf(new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_RGB)), "image/png", "en").body())
                .as("a picture without a QR code").contains("no QR code");
        var huge = image(pngOf(new java.awt.image.BufferedImage(5000, 2, java.awt.image.BufferedImage.TYPE_BYTE_BINARY)), "image/png", "en");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("larger than");
        assertThat(image(png.toByteArray(), "text/plain", "en").statusCode()).as("wrong content type").isEqualTo(415);
        assertThat(image(new byte[1_200_000], "image/png", "en").statusCode()).as("oversized").isEqualTo(413);
    }

    private HttpResponse<String> image(byte[] bytes, String contentType, String language) {
        return ServiceHttp.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/checkout/scans/image"))
                .header("Authorization", "Bearer " + terminal).header("Content-Type", contentType).header("Accept-Language", language)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static byte[] pngOf(java.awt.image.BufferedImage picture) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "PNG", out);
        return out.toByteArray();
    }

    @Test
    void aEuroVoucherPaysInAForintShopAtTheReferenceRate() {
        UUID region = UUID.randomUUID();
        send(new ProgramActivated(region, Map.of("de", "Region", "sl", "Regija", "hu", "Régió", "en", "Region"), "cooperation", "EUR", "REGION",
                org.citycoop.contracts.network.PartnerCity.codes(), 36, Instant.now()));
        UUID lenti = UUID.randomUUID();
        send(new StoreOpened(lenti, bakery, "Lenti", "hu-lenti", Instant.now()));
        send(new ProgramAccepted(bakery, region, Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM store WHERE id = '" + lenti + "'") == 1
                && count("SELECT count(*) FROM acceptance WHERE program_id = '" + region + "'") == 1);
        assertThat(ServiceHttp.on(port).call("PUT", "/api/exchange-rates/EUR-HUF", TestTokens.operator(), "{\"rate\":395}", "en").statusCode()).isEqualTo(200);
        VoucherCode code = VoucherCode.generate();
        UUID voucher = UUID.randomUUID();
        send(new VoucherIssued(voucher, region, code.keyedHash(key()), "cooperation", "EUR", 5000, 5000, 0, "COUNTER", "CASH", null,
                Instant.now().plus(30, ChronoUnit.DAYS), Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM voucher WHERE id = '" + voucher + "'") == 1);
        String lentiTill = TestTokens.token().subject("terminal-lenti").roles(Role.TERMINAL).merchant(bakery).store(lenti).sign();

        var inForints = post("/api/checkout/redemptions", lentiTill, "{\"code\":\"" + code.value() + "\",\"amount\":3950,\"currency\":\"HUF\"}",
                UUID.randomUUID().toString(), "hu");
        assertThat(inForints.statusCode()).as(inForints.body()).isEqualTo(201);
        assertThat(ServiceHttp.JSON.readTree(inForints.body()).get("amount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(shop.balance(code)).isEqualTo(4000);
        String redemption = ServiceHttp.JSON.readTree(inForints.body()).get("redemptionId").asString();
        var event = redemptionEvents.awaitRecord("VoucherRedeemed in forints", r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)
                .contains(redemption));
        VoucherRedeemed inHuf = decoded(event, VoucherRedeemed.class);
        assertThat(inHuf.amount()).isEqualTo(1000);
        assertThat(inHuf.currency()).isEqualTo("EUR");
        assertThat(inHuf.merchantAmount()).isEqualTo(3950);
        assertThat(inHuf.merchantCurrency()).isEqualTo("HUF");
        assertThat(inHuf.exchangeRate()).isEqualTo("395");
        assertThat(inHuf.storeId()).isEqualTo(lenti);

        var inEuros = post("/api/checkout/redemptions", lentiTill, "{\"code\":\"" + code.value() + "\",\"amount\":5,\"currency\":\"EUR\"}",
                UUID.randomUUID().toString(), "hu");
        assertThat(inEuros.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT merchant_amount FROM redemption WHERE id = :id").param("id",
                UUID.fromString(ServiceHttp.JSON.readTree(inEuros.body()).get("redemptionId").asString())).query(Long.class).single()).isEqualTo(1975);
        assertThat(shop.balance(code)).isEqualTo(3500);
        assertThat(ServiceHttp.on(port).call("PUT", "/api/exchange-rates/EUR-HUF", TestTokens.operator(), "{\"rate\":-1}", "en").statusCode()).isEqualTo(400);
        assertThat(ServiceHttp.on(port).call("PUT", "/api/exchange-rates/EUR-HUF", terminal, "{\"rate\":1}", "en").statusCode()).isEqualTo(403);
    }

    @Test
    void everyDeclineHasItsReason() {
        VoucherCode unknown = VoucherCode.generate();
        assertThat(reason(unknown, terminal)).isEqualTo("UNKNOWN_CODE");

        VoucherCode cancelled = voucher(1000);
        UUID cancelledId = jdbc.sql("SELECT id FROM voucher WHERE code_hash = :h").param("h", cancelled.keyedHash(key())).query(UUID.class).single();
        send(new VoucherCancelled(cancelledId, "sold by mistake", 1000, "EUR", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM voucher WHERE status = 'CANCELLED' AND id = '" + cancelledId + "'") == 1);
        assertThat(reason(cancelled, terminal)).isEqualTo("CANCELLED");

        VoucherCode expired = voucher(1000, Instant.now().minusSeconds(5));
        assertThat(reason(expired, terminal)).isEqualTo("EXPIRED");

        UUID gleisdorf = UUID.randomUUID();
        send(new StoreOpened(gleisdorf, bakery, "Filiale Gleisdorf", "at-gleisdorf", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM store WHERE id = '" + gleisdorf + "'") == 1);
        String gleisdorfTill = TestTokens.token().subject("terminal-g").roles(Role.TERMINAL).merchant(bakery).store(gleisdorf).sign();
        VoucherCode feldbachOnly = voucher(1000);
        assertThat(reason(feldbachOnly, gleisdorfTill)).as("a Feldbach voucher in Gleisdorf").isEqualTo("NOT_ACCEPTED_HERE");

        // a paused program (the replica's state): its vouchers are taken at no till, with their own reason and text
        jdbc.sql("UPDATE program SET status = 'PAUSED' WHERE id = :id").param("id", shop.program).update();
        assertThat(reason(feldbachOnly, terminal)).isEqualTo("PROGRAM_PAUSED");
        assertThat(ServiceHttp.JSON.readTree(post("/api/checkout/scans", terminal, "{\"code\":\"" + feldbachOnly.value() + "\"}", null, "de").body())
                .get("message").asString()).contains("pausiert");
        jdbc.sql("UPDATE program SET status = 'ACTIVE' WHERE id = :id").param("id", shop.program).update();

        send(new MerchantSuspended(bakery, "unpaid fee", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM merchant_replica WHERE status = 'SUSPENDED' AND merchant_id = '"
                + bakery + "'") == 1);
        assertThat(reason(feldbachOnly, terminal)).isEqualTo("MERCHANT_SUSPENDED");
        assertThat(ServiceHttp.JSON.readTree(post("/api/checkout/scans", terminal, "{\"code\":\"" + feldbachOnly.value() + "\"}", null, "hu").body())
                .get("message").asString()).contains("felfüggesztette");
    }

    @Test
    void fiveHundredConcurrentRedemptionsNeverTakeMoreThanTheBalance() throws Exception {
        VoucherCode code = voucher(5000);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String till = shop.terminal(); // many tills at once (each till's own rate limit is not what this tests)
            answers.add(pool.submit(() -> post("/api/checkout/redemptions", till, "{\"code\":\"" + code.value() + "\",\"amount\":0.15,\"currency\":\"EUR\"}",
                    UUID.randomUUID().toString(), "en")));
        }
        int approved = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            int status = answer.get().statusCode();
            assertThat(status).as(answer.get().body()).isIn(201, 422);
            approved += status == 201 ? 1 : 0;
        }
        pool.shutdown();
        long balance = balance(code);
        assertThat(balance).isGreaterThanOrEqualTo(0).isEqualTo(5000 - 15L * approved);
        assertThat(approved).as("50.00 / 0.15 → 333 fit").isEqualTo(333);
        long recorded = jdbc.sql("SELECT coalesce(sum(amount), 0) FROM redemption WHERE outcome = 'APPROVED' AND voucher_id = (SELECT id FROM voucher WHERE code_hash = :h)")
                .param("h", code.keyedHash(key())).query(Long.class).single();
        assertThat(recorded).isEqualTo(5000 - balance);
        UUID id = jdbc.sql("SELECT id FROM voucher WHERE code_hash = :h").param("h", code.keyedHash(key())).query(UUID.class).single();
        final int expected = approved;
        await().atMost(Duration.ofSeconds(20)).until(() -> redemptionEvents.records().stream().filter(r -> id.toString().equals(r.key())).count() == expected);
    }

    private String reason(VoucherCode code, String token) {
        var response = post("/api/checkout/redemptions", token, "{\"code\":\"" + code.value() + "\",\"amount\":1,\"currency\":\"EUR\"}",
                UUID.randomUUID().toString(), "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return ServiceHttp.JSON.readTree(response.body()).get("reason").asString();
    }

    @Test
    void theStoresTakingsOfTheDayCountRedemptionsAndTheReversalsMadeThatDay() {
        // "today" is asked for without naming the day: not in the last minute before the city's midnight
        org.citycoop.testsupport.Midnight.notWithin(java.time.Duration.ofMinutes(1), java.time.ZoneId.of("Europe/Vienna"));
        VoucherCode first = voucher(5000);
        VoucherCode second = voucher(2000);
        String cashier = TestTokens.token().subject("cashier-" + UUID.randomUUID()).roles(Role.CASHIER).merchant(bakery).sign();
        var one = post("/api/checkout/redemptions", cashier, "{\"code\":\"" + first.value() + "\",\"amount\":12.50,\"currency\":\"EUR\",\"storeId\":\""
                + store + "\"}", UUID.randomUUID().toString(), "en");
        assertThat(one.statusCode()).as(one.body()).isEqualTo(201);
        assertThat(post("/api/checkout/redemptions", terminal, "{\"code\":\"" + second.value() + "\",\"amount\":5,\"currency\":\"EUR\"}",
                UUID.randomUUID().toString(), "en").statusCode()).isEqualTo(201);
        // declined attempts are no takings
        assertThat(post("/api/checkout/redemptions", terminal, "{\"code\":\"" + second.value() + "\",\"amount\":500,\"currency\":\"EUR\"}",
                UUID.randomUUID().toString(), "en").statusCode()).isEqualTo(422);
        String redemption = ServiceHttp.JSON.readTree(one.body()).get("redemptionId").asString();
        assertThat(post("/api/checkout/redemptions/" + redemption + "/reversals", terminal, "{\"amount\":2}", UUID.randomUUID().toString(), "en")
                .statusCode()).isEqualTo(201);

        var answer = ServiceHttp.on(port).call("GET", "/api/checkout/takings?storeId=" + store, cashier, null, "en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode day = ServiceHttp.JSON.readTree(answer.body());
        assertThat(day.get("date").asString()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Vienna")).toString());
        assertThat(day.get("currency").asString()).isEqualTo("EUR");
        assertThat(day.get("redemptions").asInt()).isEqualTo(2);
        assertThat(day.get("redeemed").decimalValue()).isEqualByComparingTo("17.50");
        assertThat(day.get("reversed").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(day.get("net").decimalValue()).isEqualByComparingTo("15.50");
        JsonNode reversedLine = java.util.stream.StreamSupport.stream(day.get("lines").spliterator(), false)
                .filter(line -> line.get("redemptionId").asString().equals(redemption)).findFirst().orElseThrow();
        assertThat(reversedLine.get("amount").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(reversedLine.get("reversed").decimalValue()).isEqualByComparingTo("2.00");
        // the terminal's own store without naming it; another day has nothing
        assertThat(ServiceHttp.JSON.readTree(ServiceHttp.on(port).call("GET", "/api/checkout/takings", terminal, null, "en").body()).get("redemptions")
                .asInt()).isEqualTo(2);
        assertThat(ServiceHttp.JSON.readTree(ServiceHttp.on(port).call("GET", "/api/checkout/takings?date=2020-01-01", terminal, null, "en").body())
                .get("redemptions").asInt()).isZero();

        // another merchant's cashier learns nothing of this store; bad input is named
        String stranger = TestTokens.token().subject("cashier-" + UUID.randomUUID()).roles(Role.CASHIER).merchant(UUID.randomUUID()).sign();
        var refused = ServiceHttp.on(port).call("GET", "/api/checkout/takings?storeId=" + store, stranger, null, "de");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("storeId").doesNotContain("12.5");
        var badDate = ServiceHttp.on(port).call("GET", "/api/checkout/takings?date=yesterday", terminal, null, "en");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("date").doesNotContain("Exception");
        assertThat(ServiceHttp.on(port).call("GET", "/api/checkout/takings?storeId=" + store,
                TestTokens.token().subject("shopper-" + UUID.randomUUID()).roles(Role.SHOPPER).sign(), null, "en").statusCode()).isEqualTo(403);
    }

    @Test
    void aRedemptionGivenBackInFullShowsAsGivenBackInTheTakingsAndNetsToNothing() {
        org.citycoop.testsupport.Midnight.notWithin(java.time.Duration.ofMinutes(1), java.time.ZoneId.of("Europe/Vienna"));
        VoucherCode whole = voucher(5000);
        VoucherCode part = voucher(2000);
        String givenBack = redeemed(whole, "12.50");
        String partlyGivenBack = redeemed(part, "5");
        String kept = redeemed(part, "3");
        assertThat(post("/api/checkout/redemptions/" + givenBack + "/reversals", terminal, null, UUID.randomUUID().toString(), "en").statusCode())
                .isEqualTo(201);
        assertThat(post("/api/checkout/redemptions/" + partlyGivenBack + "/reversals", terminal, "{\"amount\":2}", UUID.randomUUID().toString(), "en")
                .statusCode()).isEqualTo(201);

        JsonNode day = ServiceHttp.JSON.readTree(ServiceHttp.on(port).call("GET", "/api/checkout/takings", terminal, null, "en").body());
        assertThat(day.get("redemptions").asInt()).isEqualTo(3);
        assertThat(day.get("redeemed").decimalValue()).isEqualByComparingTo("20.50");
        assertThat(day.get("reversed").decimalValue()).isEqualByComparingTo("14.50");
        assertThat(day.get("net").decimalValue()).isEqualByComparingTo("6.00");
        java.util.Map<String, JsonNode> lines = new java.util.HashMap<>();
        day.get("lines").forEach(line -> lines.put(line.get("redemptionId").asString(), line));
        assertThat(lines.get(givenBack).get("standing").asString()).isEqualTo("GIVEN_BACK");
        assertThat(lines.get(givenBack).get("reversed").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(lines.get(givenBack).get("credited").decimalValue()).as("nothing of it stays credited").isEqualByComparingTo("0");
        assertThat(lines.get(partlyGivenBack).get("standing").asString()).isEqualTo("PARTLY_GIVEN_BACK");
        assertThat(lines.get(partlyGivenBack).get("credited").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(lines.get(kept).get("standing").asString()).isEqualTo("CREDITED");
        assertThat(lines.get(kept).get("credited").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(lines.values().stream().map(line -> line.get("credited").decimalValue()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .as("the lines add up to the day's net").isEqualByComparingTo(day.get("net").decimalValue());
    }

    private String redeemed(VoucherCode code, String amount) {
        var answer = post("/api/checkout/redemptions", terminal, "{\"code\":\"" + code.value() + "\",\"amount\":" + amount + ",\"currency\":\"EUR\"}",
                UUID.randomUUID().toString(), "en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return ServiceHttp.JSON.readTree(answer.body()).get("redemptionId").asString();
    }

    @Test
    void aBusyDayIsCountedWholeAndItsLatestRedemptionsListed() {
        VoucherCode code = voucher(100_000);
        UUID voucherId = shop.voucherId(code);
        // a whole day, named explicitly (yesterday in the shop's city), so the test does not depend on the hour it runs at;
        // one redemption a second before that day starts and one as the next begins are not that day's takings
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Vienna");
        java.time.LocalDate date = java.time.LocalDate.now(zone).minusDays(1);
        java.time.Instant start = date.atTime(12, 0).atZone(zone).toInstant();
        java.util.Map<String, java.time.Instant> outside = java.util.Map.of("busy-before", date.atStartOfDay(zone).toInstant().minusSeconds(1),
                "busy-after", date.plusDays(1).atStartOfDay(zone).toInstant());
        outside.forEach((key, at) -> jdbc.sql("""
                INSERT INTO redemption (id, caller, idempotency_key, request_hash, voucher_id, merchant_id, store_id, amount, currency, outcome,
                                        balance_after, sequence, at)
                VALUES (:id, 'fixture', :key, 'x', :voucher, :merchant, :store, 100, 'EUR', 'APPROVED', 0, :i, :at)""")
                .param("id", UUID.randomUUID()).param("key", key).param("voucher", voucherId).param("merchant", bakery).param("store", store)
                .param("i", key.equals("busy-before") ? -2 : -1).param("at", java.sql.Timestamp.from(at)).update());
        for (int i = 0; i < Takings.LISTED + 50; i++) {
            jdbc.sql("""
                    INSERT INTO redemption (id, caller, idempotency_key, request_hash, voucher_id, merchant_id, store_id, amount, currency, outcome,
                                            balance_after, sequence, at)
                    VALUES (:id, 'fixture', :key, 'x', :voucher, :merchant, :store, 100, 'EUR', 'APPROVED', 0, :i, :at)""")
                    .param("id", UUID.randomUUID()).param("key", "busy-" + i).param("voucher", voucherId).param("merchant", bakery).param("store", store)
                    .param("i", i).param("at", java.sql.Timestamp.from(start.plusSeconds(i))).update();
        }
        JsonNode day = ServiceHttp.JSON.readTree(ServiceHttp.on(port).call("GET", "/api/checkout/takings?date=" + date, terminal, null, "en").body());
        assertThat(day.get("date").asString()).isEqualTo(date.toString());
        assertThat(day.get("redemptions").asInt()).isEqualTo(Takings.LISTED + 50);
        assertThat(day.get("redeemed").decimalValue()).isEqualByComparingTo(String.valueOf(Takings.LISTED + 50));
        assertThat(day.get("lines").size()).isEqualTo(Takings.LISTED);
        // newest first
        assertThat(java.time.Instant.parse(day.get("lines").get(0).get("at").asString()))
                .isAfter(java.time.Instant.parse(day.get("lines").get(1).get("at").asString()));
    }

    private VoucherCode voucher(long face) {
        return shop.voucher(face, Instant.now().plus(365, ChronoUnit.DAYS));
    }

    private VoucherCode voucher(long face, Instant expires) {
        return shop.voucher(face, expires);
    }

    private long balance(VoucherCode code) {
        return shop.balance(code);
    }

    private byte[] key() {
        return Base64.getDecoder().decode(hashKey);
    }

    private static void send(org.citycoop.contracts.events.IntegrationEvent event) {
        ShopFixture.send(event);
    }

    private <E extends org.citycoop.contracts.events.IntegrationEvent> E decoded(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record,
            Class<E> type) {
        return ContractEvents.decoded(json, record, type);
    }
}

package org.citycoop.redemption.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.security.Role;
import org.citycoop.redemption.RedemptionServiceIT;
import org.citycoop.redemption.checkout.ShopFixtures;
import org.citycoop.testsupport.ContractEvents;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Last week the Feldbach bakery took EUR 20 and EUR 5 off two Feldbach vouchers and gave EUR 3 back:
 * settling the week pays out EUR 22, once; the settled redemption can no longer be reversed.
 */
@TestPropertySource(properties = "citycoop.test.isolation=settlement")
class SettlementIT extends RedemptionServiceIT {

    @RegisterExtension
    static final KafkaTap redemptionEvents = KafkaTap.on(Topics.REDEMPTION_EVENTS);

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

        send(new org.citycoop.contracts.merchant.PayoutAccountSet(shop.bakery(), "Bäckerei Fasching GmbH", "AT611904300234573201", Instant.now()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM payout_account WHERE merchant_id = :m")
                .param("m", shop.bakery()).query(Long.class).single() == 1);
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
        var settledEvent = ContractEvents.decoded(json, event, org.citycoop.contracts.redemption.MerchantSettled.class);
        assertThat(settledEvent.merchantId()).isEqualTo(shop.bakery());
        assertThat(settledEvent.issuer()).isEqualTo("at-feldbach");
        assertThat(settledEvent.redemptions()).isEqualTo(2);
        assertThat(settledEvent.redeemed()).isEqualTo(2500);
        assertThat(settledEvent.reversed()).isEqualTo(300);
        assertThat(settledEvent.payout()).isEqualTo(2200);
        assertThat(settledEvent.currency()).isEqualTo("EUR");

        assertThat(ServiceHttp.JSON.readTree(ServiceHttp.on(port).call("POST", "/api/settlements", operator, week, "en").body()).size())
                .as("settling again finds nothing new").isZero();
        // the operators' list of the period's statements, with the merchant's name and city
        var listed = ServiceHttp.on(port).get("/api/settlements?from=" + monday + "&to=" + monday.plusDays(6), operator, "en");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode bakery = java.util.stream.StreamSupport.stream(ServiceHttp.JSON.readTree(listed.body()).spliterator(), false)
                .filter(s -> s.get("merchantId").asString().equals(shop.bakery().toString())).findFirst().orElseThrow();
        assertThat(bakery.get("merchant").asString()).isEqualTo("Bäckerei Fasching");
        assertThat(bakery.get("cityCode").asString()).isEqualTo("at-feldbach");
        assertThat(bakery.get("currency").asString()).isEqualTo("EUR");
        assertThat(bakery.get("payout").asLong()).isEqualTo(2200);
        assertThat(bakery.get("id").asString()).isEqualTo(statement.get("id").asString());
        assertThat(ServiceHttp.on(port).get("/api/settlements?from=" + monday.plusDays(7) + "&to=" + monday.plusDays(13), operator, "en").body())
                .as("a later period").doesNotContain(shop.bakery().toString());
        var backwards = ServiceHttp.on(port).get("/api/settlements?from=" + monday.plusDays(6) + "&to=" + monday, operator, "de");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("from nicht nach to");
        assertThat(ServiceHttp.on(port).get("/api/settlements?from=" + monday + "&to=" + monday.plusDays(6), till, "en").statusCode()).as("a till")
                .isEqualTo(403);
        var payouts = ServiceHttp.on(port).get("/api/settlements/payouts.csv?from=" + monday + "&to=" + monday.plusDays(6), operator, "en");
        assertThat(payouts.statusCode()).isEqualTo(200);
        assertThat(payouts.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(payouts.body().lines().toList()).hasSize(2);
        assertThat(payouts.body()).startsWith("settlement_id,merchant_id,account_holder,iban,issuer,currency,amount,reference")
                .contains("Bäckerei Fasching GmbH,AT611904300234573201,at-feldbach,EUR,22.00,citycoop " + monday);
        var tooLate = ServiceHttp.on(port).call("POST", "/api/checkout/redemptions/" + redemption + "/reversals", till, "{\"amount\":1}", "de",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.body()).contains("abgerechnet");

        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(shop.bakery()).sign();
        assertThat(ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/settlements", owner, "en").body()).size())
                .isEqualTo(1);
        // the owner's statements for their books, as CSV
        var statements = ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/settlements.csv", owner, "en");
        assertThat(statements.statusCode()).isEqualTo(200);
        assertThat(statements.headers().firstValue("Content-Disposition").orElse("")).contains("statements-");
        assertThat(statements.body().lines().toList()).hasSize(2);
        assertThat(statements.body()).startsWith("statement_id,period_from,period_to,issuer,currency,redemptions,redeemed,reversed,payout,reference,settled_at")
                .contains("," + monday + "," + monday.plusDays(6) + ",at-feldbach,EUR,2,25.00,3.00,22.00,citycoop " + monday + ".." + monday.plusDays(6));
        // the owner's payout file: the account the payout goes to and the reference the transfer carries
        var ownPayouts = ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/payouts.csv", owner, "en");
        assertThat(ownPayouts.statusCode()).as(ownPayouts.body()).isEqualTo(200);
        assertThat(ownPayouts.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(ownPayouts.headers().firstValue("Content-Disposition").orElse("")).contains("payouts-" + shop.bakery().toString().substring(0, 8));
        assertThat(ownPayouts.body().lines().toList()).hasSize(2);
        assertThat(ownPayouts.body()).startsWith("settlement_id,period_from,period_to,issuer,paying_city,account_holder,iban,currency,amount,reference")
                .contains("," + monday + "," + monday.plusDays(6) + ",at-feldbach,")
                .contains(",Bäckerei Fasching GmbH,AT611904300234573201,EUR,22.00,citycoop " + monday + ".." + monday.plusDays(6) + " "
                        + statement.get("id").asString().substring(0, 8));
        assertThat(ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/payouts.csv", operator, "en").statusCode()).isEqualTo(200);
        String stranger = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(UUID.randomUUID()).sign();
        assertThat(ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/settlements", stranger, "en").statusCode()).isEqualTo(403);
        assertThat(ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/settlements.csv", stranger, "en").statusCode()).isEqualTo(403);
        var notTheirs = ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/payouts.csv", stranger, "de");
        assertThat(notTheirs.statusCode()).isEqualTo(403);
        assertThat(notTheirs.body()).doesNotContain("AT611904300234573201");
        assertThat(ServiceHttp.on(port).get("/api/merchants/" + shop.bakery() + "/payouts.csv", till, "en").statusCode()).as("a till").isEqualTo(403);
        assertThat(ServiceHttp.on(port).get("/api/merchants/not-a-merchant/payouts.csv", owner, "en").statusCode()).isEqualTo(400);
        assertThat(ServiceHttp.on(port).call("POST", "/api/settlements", operator, "{\"from\":\"2026-11-22\",\"to\":\"2026-11-16\"}", "en").statusCode())
                .isEqualTo(400);
        assertThat(ServiceHttp.on(port).call("POST", "/api/settlements", operator, "{\"from\":\"" + LocalDate.now(Settlements.ZONE) + "\",\"to\":\"" + LocalDate.now(Settlements.ZONE) + "\"}",
                "en").statusCode()).as("today is not over").isEqualTo(400);
        assertThat(ServiceHttp.on(port).call("POST", "/api/settlements", till, week, "en").statusCode()).isEqualTo(403);
    }

    @Test
    void issuersOweTheCitiesWhereTheirVouchersWereSpentAndDebtsBetweenTwoCitiesOffset() {
        // a Feldbach shop and a Ptuj shop; a Ptuj program that also covers Feldbach, a Feldbach one that also covers Ptuj
        UUID feldbachShop = UUID.randomUUID();
        UUID feldbachStore = UUID.randomUUID();
        UUID ptujShop = UUID.randomUUID();
        UUID ptujStore = UUID.randomUUID();
        UUID ptujProgram = UUID.randomUUID();
        UUID feldbachProgram = UUID.randomUUID();
        send(new org.citycoop.contracts.voucher.ProgramActivated(ptujProgram, Map.of("de", "P", "sl", "P", "hu", "P", "en", "Ptuj"), "si-ptuj", "EUR",
                "CITIES", java.util.List.of("si-ptuj", "at-feldbach"), 12, Instant.now()));
        send(new org.citycoop.contracts.voucher.ProgramActivated(feldbachProgram, Map.of("de", "F", "sl", "F", "hu", "F", "en", "Feldbach"), "at-feldbach",
                "EUR", "CITIES", java.util.List.of("at-feldbach", "si-ptuj"), 12, Instant.now()));
        for (Object[] shop : new Object[][] {{feldbachShop, feldbachStore, "at-feldbach"}, {ptujShop, ptujStore, "si-ptuj"}}) {
            UUID merchant = (UUID) shop[0];
            send(new org.citycoop.contracts.merchant.MerchantRegistered(merchant, "Shop " + shop[2], "Shop " + shop[2], (String) shop[2],
                    ((String) shop[2]).substring(0, 2).toUpperCase(), "47.11", Instant.now()));
            send(new org.citycoop.contracts.merchant.StoreOpened((UUID) shop[1], merchant, "Store", (String) shop[2], Instant.now()));
            send(new org.citycoop.contracts.merchant.ProgramAccepted(merchant, ptujProgram, Instant.now()));
            send(new org.citycoop.contracts.merchant.ProgramAccepted(merchant, feldbachProgram, Instant.now()));
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM acceptance WHERE merchant_id IN (:a, :b)").param("a", feldbachShop).param("b", ptujShop).query(Long.class).single() == 4);
        String feldbachTill = TestTokens.token().subject("t-f").roles(Role.TERMINAL).merchant(feldbachShop).store(feldbachStore).sign();
        String ptujTill = TestTokens.token().subject("t-p").roles(Role.TERMINAL).merchant(ptujShop).store(ptujStore).sign();
        redeem(feldbachTill, voucher(ptujProgram, "si-ptuj", 5000), "10");   // Ptuj owes Feldbach 10
        redeem(ptujTill, voucher(feldbachProgram, "at-feldbach", 5000), "4"); // Feldbach owes Ptuj 4
        redeem(ptujTill, voucher(ptujProgram, "si-ptuj", 5000), "7");        // Ptuj's own: nothing to clear
        LocalDate monday = LocalDate.now(Settlements.ZONE).minusWeeks(2).with(java.time.DayOfWeek.MONDAY);
        jdbc.sql("UPDATE redemption SET at = :at WHERE merchant_id IN (:a, :b)").param("at",
                java.sql.Timestamp.from(monday.atTime(12, 0).atZone(Settlements.ZONE).toInstant())).param("a", feldbachShop).param("b", ptujShop).update();
        String week = "{\"from\":\"" + monday + "\",\"to\":\"" + monday.plusDays(6) + "\"}";
        assertThat(ServiceHttp.on(port).call("POST", "/api/settlements", TestTokens.operator(), week, "en").statusCode()).isEqualTo(200);

        JsonNode report = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/clearing?from=" + monday + "&to=" + monday.plusDays(6),
                TestTokens.token().roles(Role.ECONOMIST).region().sign(), "en").body());
        assertThat(report.get("gross").valueStream().map(o -> o.get("debtor").asString() + ">" + o.get("creditor").asString() + ":" + o.get("amount").asLong()))
                .containsExactlyInAnyOrder("si-ptuj>at-feldbach:1000", "at-feldbach>si-ptuj:400");
        assertThat(report.get("net").valueStream().map(o -> o.get("debtor").asString() + ">" + o.get("creditor").asString() + ":" + o.get("amount").asLong()))
                .containsExactly("si-ptuj>at-feldbach:600");
        assertThat(ServiceHttp.on(port).get("/api/clearing?from=" + monday + "&to=" + monday.plusDays(6), TestTokens.of(Role.SHOPPER), "en").statusCode())
                .isEqualTo(403);
    }

    private VoucherCode voucher(UUID program, String issuer, long face) {
        VoucherCode code = VoucherCode.generate();
        UUID id = UUID.randomUUID();
        send(new org.citycoop.contracts.voucher.VoucherIssued(id, program, code.keyedHash(java.util.Base64.getDecoder().decode(hashKey)), issuer, "EUR", face,
                face, 0, "COUNTER", "CASH", null, Instant.now().plus(30, ChronoUnit.DAYS), Instant.now()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM voucher WHERE id = :id")
                .param("id", id).query(Long.class).single() == 1);
        return code;
    }

    private static void send(org.citycoop.contracts.events.IntegrationEvent event) {
        org.citycoop.testsupport.KafkaSender.publish(event, UUID.randomUUID().toString());
    }

    private String redeem(String till, VoucherCode code, String amount) {
        var redeemed = ServiceHttp.on(port).call("POST", "/api/checkout/redemptions", till, "{\"code\":\"" + code.value() + "\",\"amount\":" + amount
                + ",\"currency\":\"EUR\"}", "en", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(201);
        return ServiceHttp.JSON.readTree(redeemed.body()).get("redemptionId").asString();
    }
}

package org.citycoop.voucher.balances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.VoucherExpired;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.testsupport.ContractEvents;
import org.citycoop.voucher.VoucherServiceIT;
import org.citycoop.voucher.lifecycle.VoucherLifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Petra spends EUR 10 of her EUR 25 voucher at the Feldbach bakery, gets EUR 5 back on a reversal
 * (redemption-service's events over the real broker): her wallet shows EUR 20 and both entries, late
 * and repeated events change nothing, and the expiry books the EUR 20 left as breakage.
 */
@TestPropertySource(properties = "citycoop.voucher.expiry.enabled=false")
class WalletBalancesIT extends VoucherServiceIT {

    @RegisterExtension
    static final KafkaTap voucherEvents = KafkaTap.on(Topics.VOUCHER_EVENTS);
    @RegisterExtension
    static final KafkaTap deadLetters = KafkaTap.on(Topics.deadLetter(Topics.REDEMPTION_EVENTS));

    @Autowired
    VoucherLifecycle lifecycle;

    @Test
    void theWalletShowsTheBalanceRedemptionServiceReportsAndTheHistory() {
        UUID program = regionalProgram("Gutschein", "Bon", "Utalvány", "Voucher");
        UUID petra = UUID.randomUUID();
        KafkaSender.publish(new UserRegistered(petra, List.of("SHOPPER"), "si-ptuj", null, Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> shoppers.exists(petra));
        UUID bakery = UUID.randomUUID();
        KafkaSender.publish(new MerchantRegistered(bakery, "Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "AT", "10.71", Instant.now()),
                UUID.randomUUID().toString());
        String operator = TestTokens.token().subject("operator-balances").roles(Role.OPERATOR).sign();
        UUID voucher = UUID.fromString(soldAtTheCounter(operator, program, petra).get("id").asString());

        UUID redemption = UUID.randomUUID();
        VoucherRedeemed spent = new VoucherRedeemed(redemption, voucher, bakery, UUID.randomUUID(), 1000, "EUR", 1000, "EUR", "1", 1500, 1,
                Instant.now().minusSeconds(60));
        KafkaSender.publish(spent, UUID.randomUUID().toString());
        KafkaSender.publish(new RedemptionReversed(UUID.randomUUID(), redemption, voucher, bakery, 500, "EUR", 2000, 2, Instant.now().minusSeconds(30)),
                UUID.randomUUID().toString());
        KafkaSender.publish(spent, UUID.randomUUID().toString()); // late and repeated: changes nothing

        String token = TestTokens.token().subject(petra.toString()).roles(Role.SHOPPER).sign();
        await().atMost(Duration.ofSeconds(10)).until(() -> ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/vouchers/" + voucher + "/history", token,
                "de").body()).size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> balance(token, voucher).compareTo(new BigDecimal("20")) == 0);
        JsonNode history = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/vouchers/" + voucher + "/history", token, "de").body());
        assertThat(history.valueStream().map(e -> e.get("kind").asString())).containsExactly("REVERSED", "REDEEMED");
        assertThat(history.get(1).get("amount").decimalValue()).isEqualByComparingTo("10");
        assertThat(history.get(1).get("merchant").asString()).isEqualTo("Bäckerei Fasching");

        jdbc.sql("UPDATE voucher SET expires_at = now() - interval '1 second' WHERE id = :id").param("id", voucher).update();
        lifecycle.expireDue(Instant.now(), 100);
        var expired = voucherEvents.awaitRecord("VoucherExpired", r -> voucher.toString().equals(r.key())
                && KafkaTap.header(r, "ce_type").endsWith("voucher-expired.v1"));
        assertThat(ContractEvents.decoded(json, expired, VoucherExpired.class).breakage()).isEqualTo(2000);
    }

    /**
     * Petra's EUR voucher pays 2,000 Ft at a Lenti bakery (EUR 5.06 at 395.50 Ft a euro), then half of it
     * comes back: her history shows both currencies and the rate, and the reversal half of the forints.
     */
    @Test
    void aEuroVoucherSpentInAForintShopShowsWhatTheShopTookInForintsAndTheRate() {
        UUID program = regionalProgram("Gutschein", "Bon", "Utalvány", "Voucher");
        String operator = TestTokens.token().subject("operator-balances").roles(Role.OPERATOR).sign();
        UUID voucher = UUID.fromString(soldAtTheCounter(operator, program, null).get("id").asString());
        UUID bakery = UUID.randomUUID();
        UUID redemption = UUID.randomUUID();
        KafkaSender.publish(new VoucherRedeemed(redemption, voucher, bakery, UUID.randomUUID(), 506, "EUR", 2000, "HUF", "395.50", 1994, 1,
                Instant.now().minusSeconds(60)), UUID.randomUUID().toString());
        KafkaSender.publish(new RedemptionReversed(UUID.randomUUID(), redemption, voucher, bakery, 253, "EUR", 2247, 2, Instant.now().minusSeconds(30)),
                UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(10)).until(() -> ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/vouchers/" + voucher + "/history",
                operator, "en").body()).size() == 2);
        JsonNode history = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/vouchers/" + voucher + "/history", operator, "en").body());
        JsonNode spent = history.get(1);
        assertThat(spent.get("kind").asString()).isEqualTo("REDEEMED");
        assertThat(spent.get("amount").decimalValue()).isEqualByComparingTo("5.06");
        assertThat(spent.get("currency").asString()).isEqualTo("EUR");
        assertThat(spent.get("shopAmount").decimalValue()).isEqualByComparingTo("2000");
        assertThat(spent.get("shopCurrency").asString()).isEqualTo("HUF");
        assertThat(new BigDecimal(spent.get("exchangeRate").asString())).isEqualByComparingTo("395.50");
        JsonNode givenBack = history.get(0);
        assertThat(givenBack.get("kind").asString()).isEqualTo("REVERSED");
        assertThat(givenBack.get("amount").decimalValue()).isEqualByComparingTo("2.53");
        assertThat(givenBack.get("shopAmount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(givenBack.get("shopCurrency").asString()).isEqualTo("HUF");
    }

    @Test
    void anEntryInTheVouchersOwnCurrencyHasNoShopAmount() {
        UUID program = regionalProgram("Gutschein", "Bon", "Utalvány", "Voucher");
        String operator = TestTokens.token().subject("operator-balances").roles(Role.OPERATOR).sign();
        UUID voucher = UUID.fromString(soldAtTheCounter(operator, program, null).get("id").asString());
        KafkaSender.publish(new VoucherRedeemed(UUID.randomUUID(), voucher, UUID.randomUUID(), UUID.randomUUID(), 750, "EUR", 750, "EUR", "1", 1750, 1,
                Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/vouchers/" + voucher + "/history",
                operator, "en").body()).size() == 1);
        JsonNode spent = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/vouchers/" + voucher + "/history", operator, "en").body()).get(0);
        assertThat(spent.get("amount").decimalValue()).isEqualByComparingTo("7.50");
        assertThat(spent.hasNonNull("shopAmount")).isFalse();
        assertThat(spent.hasNonNull("shopCurrency")).isFalse();
    }

    @Test
    void aRedemptionOfAnUnknownVoucherIsDeadLettered() {
        UUID unknown = UUID.randomUUID();
        KafkaSender.publish(new VoucherRedeemed(UUID.randomUUID(), unknown, UUID.randomUUID(), UUID.randomUUID(), 100, "EUR", 100, "EUR", "1", 0, 1,
                Instant.now()), UUID.randomUUID().toString());
        var dead = deadLetters.awaitRecord("dead-lettered redemption", r -> new String(r.value(), StandardCharsets.UTF_8).contains(unknown.toString()));
        assertThat(KafkaTap.header(dead, "kafka_dlt-exception-message")).contains("not known");
    }

    private BigDecimal balance(String token, UUID voucher) {
        return ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/vouchers/" + voucher, token, "en").body()).get("balance").decimalValue();
    }
}

package org.citycoop.points.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.contracts.redemption.PurchaseRefunded;
import org.citycoop.points.PointsServiceIT;
import org.citycoop.points.expiry.PointsExpiry;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A Weiz shopper's points, line by line: two purchases earn points, a refund takes part of one back,
 * points become a reward, old points expire. The loyalty account lists every one of these movements,
 * and its lines (with what is summed up as earlier) add up to the balance.
 */
@TestPropertySource(properties = {"citycoop.test.isolation=history", "citycoop.points.expire-after=P10D", "citycoop.points.expiry.enabled=false"})
class PointsHistoryIT extends PointsServiceIT {

    @Autowired
    Movements movements;

    @Autowired
    PointsExpiry expiry;

    @Test
    void anAccrualAndTheRefundThatTookPartOfItBackAreBothListedAndTheLinesAddUpToTheBalance() {
        UUID shopper = UUID.randomUUID();
        UUID shop = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        UUID purchase = UUID.randomUUID();
        KafkaSender.publish(new PurchaseRecorded(purchase, shop, store, "at-weiz", shopper, 8000, "EUR", 0, Instant.now().minusSeconds(60)),
                UUID.randomUUID().toString());
        awaitBalance(shopper, 80);
        UUID refund = UUID.randomUUID();
        KafkaSender.publish(new PurchaseRefunded(refund, purchase, shop, store, shopper, 2000, 2000, 8000, "EUR", Instant.now()), UUID.randomUUID().toString());
        awaitBalance(shopper, 60);

        JsonNode account = account(shopper);
        assertThat(account.get("balance").asLong()).isEqualTo(60);
        JsonNode lines = account.get("movements");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("kind").asString()).isEqualTo("REVERSAL");
        assertThat(lines.get(0).get("points").asLong()).as("80 × 2000/8000 taken back").isEqualTo(-20);
        assertThat(lines.get(0).get("refundId").asString()).isEqualTo(refund.toString());
        assertThat(lines.get(0).get("purchaseId").asString()).as("the refunded purchase").isEqualTo(purchase.toString());
        assertThat(lines.get(0).get("cityCode").asString()).isEqualTo("at-weiz");
        assertThat(lines.get(1).get("kind").asString()).isEqualTo("ACCRUAL");
        assertThat(lines.get(1).get("points").asLong()).isEqualTo(80);
        assertThat(lines.get(1).get("reasons").get(0).get("code").asString()).isEqualTo("BASE");
        assertThat(account.get("earlier").asLong()).isZero();
        assertThat(sum(lines) + account.get("earlier").asLong()).as("the lines add up to the balance").isEqualTo(60);
    }

    @Test
    void conversionsAndExpiriesAreLinesTooAndWhatIsNotShownIsSummedUpAsEarlier() {
        UUID shopper = UUID.randomUUID();
        UUID shop = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        KafkaSender.publish(new PurchaseRecorded(UUID.randomUUID(), shop, store, "at-weiz", shopper, 50_000, "EUR", 0, Instant.parse("2026-11-02T10:00:00Z")),
                UUID.randomUUID().toString());
        awaitBalance(shopper, 500);
        // a second purchase the same day: the daily cap of 500 is reached, the purchase is a line of 0 with its reason
        KafkaSender.publish(new PurchaseRecorded(UUID.randomUUID(), shop, store, "at-weiz", shopper, 3000, "EUR", 0, Instant.parse("2026-11-02T15:00:00Z")),
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM accrual WHERE shopper_id = :s").param("s", shopper)
                .query(Long.class).single() == 2);
        KafkaSender.publish(new PurchaseRecorded(UUID.randomUUID(), shop, store, "at-weiz", shopper, 4000, "EUR", 0, Instant.now()),
                UUID.randomUUID().toString());
        awaitBalance(shopper, 540);
        String reward = ServiceHttp.JSON.readTree(ServiceHttp.on(port).call("POST", "/api/rewards", TestTokens.operator(), """
                {"programId": "%s", "names": {"de": "Weizer Gutschein", "sl": "Bon Weiz", "hu": "Weizi utalvány", "en": "Weiz voucher"},
                 "amount": 2, "currency": "EUR", "points": 200}""".formatted(UUID.randomUUID()), "en").body()).get("id").asString();
        assertThat(convert(phone(shopper), reward, UUID.randomUUID().toString(), "en").statusCode()).isEqualTo(201);
        // of November's 500 points, 200 were spent: 300 expire; today's 40 stay
        expiry.expireDue();
        assertThat(balance(shopper)).isEqualTo(40);

        JsonNode account = account(shopper);
        JsonNode lines = account.get("movements");
        assertThat(lines.valueStream().map(line -> line.get("kind").asString() + ":" + line.get("points").asLong()))
                .containsExactly("EXPIRY:-300", "CONVERSION:-200", "ACCRUAL:40", "ACCRUAL:0", "ACCRUAL:500");
        assertThat(lines.get(1).get("rewardId").asString()).isEqualTo(reward);
        assertThat(lines.get(1).get("rewardNames").get("de").asString()).isEqualTo("Weizer Gutschein");
        assertThat(lines.get(3).get("reasons").valueStream().map(r -> r.get("code").asString())).contains("DAILY_CAP");
        assertThat(sum(lines) + account.get("earlier").asLong()).isEqualTo(40);

        // fewer lines than there are: the older ones are summed up, and still everything adds up
        Movements.History latestTwo = movements.of(shopper, 2);
        assertThat(latestTwo.lines()).extracting(Movements.Movement::kind).containsExactly("EXPIRY", "CONVERSION");
        assertThat(latestTwo.earlier()).isEqualTo(540);
        assertThat(latestTwo.earlier() + latestTwo.lines().stream().mapToLong(Movements.Movement::points).sum()).isEqualTo(latestTwo.balance());
    }

    private JsonNode account(UUID shopper) {
        return ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/loyalty-account", phone(shopper), "de").body());
    }

    private static long sum(JsonNode lines) {
        return lines.valueStream().mapToLong(line -> line.get("points").asLong()).sum();
    }
}

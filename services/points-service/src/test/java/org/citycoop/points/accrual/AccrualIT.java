package org.citycoop.points.accrual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.contracts.points.PointsReversed;
import org.citycoop.points.PointsServiceIT;
import org.citycoop.testsupport.ContractEvents;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.contracts.redemption.PurchaseRefunded;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A Ptuj resident shows the member QR at the Feldbach bakery: the PurchaseRecorded from the real broker
 * earns points under the seeded rules (1 a euro + 50 across the border), once, however often it
 * arrives; the ledger balances; PointsAccrued carries the reasons; the shopper sees them.
 */
@TestPropertySource(properties = "citycoop.test.isolation=accrual")
class AccrualIT extends PointsServiceIT {

    @RegisterExtension
    static final KafkaTap pointsEvents = KafkaTap.on(Topics.POINTS_EVENTS);

    @Test
    void aPurchaseWithTheMemberQrEarnsItsPointsOnceWithTheReasons() {
        UUID bakery = UUID.randomUUID();
        UUID shopper = UUID.randomUUID();
        KafkaSender.publish(new MerchantRegistered(bakery, "Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "AT", "10.71", Instant.now()),
                UUID.randomUUID().toString());
        KafkaSender.publish(new UserRegistered(shopper, List.of("SHOPPER"), "si-ptuj", null, Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM merchant WHERE merchant_id = '" + bakery + "'") == 1
                && count("SELECT count(*) FROM shopper WHERE shopper_id = '" + shopper + "'") == 1);

        UUID purchase = UUID.randomUUID();
        PurchaseRecorded recorded = new PurchaseRecorded(purchase, bakery, UUID.randomUUID(), "at-feldbach", shopper, 2390, "EUR", 0,
                Instant.parse("2026-11-10T09:00:00Z"));
        KafkaSender.publish(recorded, UUID.randomUUID().toString());
        var event = pointsEvents.awaitRecord("PointsAccrued", ContractEvents.of(PointsAccrued.class, a -> a.purchaseId().equals(purchase)));
        PointsAccrued accrued = ContractEvents.decoded(event, PointsAccrued.class);
        assertThat(accrued.purchaseId()).isEqualTo(purchase);
        assertThat(accrued.shopperId()).isEqualTo(shopper);
        assertThat(accrued.points()).isEqualTo(73); // 23 for EUR 23.90 + 50 from Slovenia to Austria
        assertThat(accrued.balanceAfter()).isEqualTo(73);
        assertThat(accrued.reasons()).containsExactly(new PointsAccrued.Reason("BASE", "EUR", 23), new PointsAccrued.Reason("CROSS_BORDER", "SI→AT", 50));
        assertThat(KafkaTap.header(event, "ce_type")).endsWith("points-accrued.v1");

        // the same purchase again, as a producer's retry would send it (another event id): no second credit
        KafkaSender.publish(recorded, UUID.randomUUID().toString());
        UUID later = UUID.randomUUID();
        KafkaSender.publish(new PurchaseRecorded(later, bakery, UUID.randomUUID(), "at-feldbach", shopper, 1000, "EUR", 0,
                Instant.parse("2026-11-10T10:00:00Z")), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM accrual WHERE purchase_id = '" + later + "'") == 1);
        assertThat(count("SELECT count(*) FROM accrual WHERE shopper_id = '" + shopper + "'")).isEqualTo(2);
        assertThat(count("SELECT balance FROM points_balance WHERE shopper_id = '" + shopper + "'")).isEqualTo(73 + 60);
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM points_entry WHERE shopper_id = '" + shopper + "' AND account = 'shopper'"))
                .as("the ledger says the same").isEqualTo(133);
        assertThat(count("SELECT count(*) FROM (SELECT transaction_id FROM points_entry GROUP BY transaction_id HAVING sum(amount) <> 0) unbalanced"))
                .as("every transaction balances").isZero();

        String phone = phone(shopper);
        JsonNode account = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/loyalty-account", phone, "sl").body());
        assertThat(account.get("balance").asLong()).isEqualTo(133);
        assertThat(account.get("latest").get(1).get("reasons").get(1).get("code").asString()).isEqualTo("CROSS_BORDER");
        assertThat(ServiceHttp.on(port).get("/api/loyalty-account", TestTokens.operator(), "sl").statusCode()).isEqualTo(403);
    }

    @Test
    void aRefundTakesBackThePointsInProportionOnceAndNeverBelowZero() {
        UUID shopper = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        UUID shop = UUID.randomUUID();
        UUID purchase = UUID.randomUUID();
        KafkaSender.publish(new PurchaseRecorded(purchase, shop, store, "at-weiz", shopper, 5000, "EUR", 0, Instant.parse("2026-11-12T09:00:00Z")),
                UUID.randomUUID().toString());
        awaitBalance(shopper, 50);
        UUID half = UUID.randomUUID();
        PurchaseRefunded firstHalf = new PurchaseRefunded(half, purchase, shop, store, shopper, 2501, 2501, 5000, "EUR", Instant.now());
        KafkaSender.publish(firstHalf, UUID.randomUUID().toString());
        KafkaSender.publish(firstHalf, UUID.randomUUID().toString()); // sent twice
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM points_reversal WHERE refund_id = '" + half + "'") == 1);
        assertThat(count("SELECT balance FROM points_balance WHERE shopper_id = '" + shopper + "'")).as("50 × 2501/5000 = 25 back").isEqualTo(25);

        // the shopper spends 20 of the 25 left; the rest of the basket is refunded: 25 are due, 5 can be taken, 20 were spent
        String reward = reward("0.2", 20);
        assertThat(convert(phone(shopper), reward, UUID.randomUUID().toString(), "en").statusCode()).isEqualTo(201);
        UUID rest = UUID.randomUUID();
        KafkaSender.publish(new PurchaseRefunded(rest, purchase, shop, store, shopper, 2499, 5000, 5000, "EUR", Instant.now()), UUID.randomUUID().toString());
        var event = pointsEvents.awaitRecord("PointsReversed", ContractEvents.of(PointsReversed.class, r -> r.refundId().equals(rest)));
        PointsReversed reversed = ContractEvents.decoded(event, PointsReversed.class);
        assertThat(reversed.refundId()).isEqualTo(rest);
        assertThat(reversed.points()).isEqualTo(5);
        assertThat(reversed.shortfall()).isEqualTo(20);
        assertThat(reversed.balanceAfter()).isZero();
        assertThat(count("SELECT balance FROM points_balance WHERE shopper_id = '" + shopper + "'")).isZero();
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM points_entry WHERE account = 'reversed' AND shopper_id = '" + shopper + "'")).isEqualTo(30);
    }

    @Test
    void aPurchaseWithoutTheMemberQrEarnsNothing() {
        UUID purchase = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaSender.publish(new PurchaseRecorded(purchase, UUID.randomUUID(), UUID.randomUUID(), "at-weiz", null, 5000, "EUR", 0, Instant.now()), eventId);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM processed_event WHERE consumer = 'points-service.purchases' AND event_id = '"
                + eventId + "'") == 1);
        assertThat(count("SELECT count(*) FROM accrual WHERE purchase_id = '" + purchase + "'")).isZero();
    }
}

package org.citycoop.points.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.points.PointsExpired;
import org.citycoop.points.PointsServiceIT;
import org.citycoop.testsupport.ContractEvents;
import org.citycoop.testsupport.KafkaTap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Points expire ten days (in this test) after the purchase, oldest first: a shopper earned 1,000 points
 * early in November and 100 today, and spent 700 — the spending used up the oldest points, so 300
 * expire and the 100 of today stay. Running the expiry again expires nothing more.
 */
@TestPropertySource(properties = {"citycoop.test.isolation=expiry", "citycoop.points.expire-after=P10D", "citycoop.points.expiry.enabled=false"})
class PointsExpiryIT extends PointsServiceIT {

    @RegisterExtension
    static final KafkaTap pointsEvents = KafkaTap.on(Topics.POINTS_EVENTS);

    @Autowired
    PointsExpiry expiry;

    @Test
    void whatWasNotSpentOfTheOldPointsExpiresOnceAndTheNewOnesStay() {
        UUID shopper = UUID.randomUUID();
        purchase(shopper, 50_000, Instant.parse("2026-11-02T10:00:00Z"));
        purchase(shopper, 50_000, Instant.parse("2026-11-03T10:00:00Z"));
        purchase(shopper, 10_000, Instant.now());
        UUID newcomer = UUID.randomUUID();
        purchase(newcomer, 10_000, Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> balance(shopper) == 1100 && balance(newcomer) == 100);

        String reward = reward("7", 700);
        assertThat(convert(phone(shopper), reward, UUID.randomUUID().toString(), "en").statusCode()).isEqualTo(201);

        assertThat(expiry.expireDue()).isEqualTo(1);
        assertThat(balance(shopper)).isEqualTo(100);
        assertThat(balance(newcomer)).isEqualTo(100);
        var event = pointsEvents.awaitRecord("PointsExpired", ContractEvents.of(PointsExpired.class, e -> e.shopperId().equals(shopper)));
        PointsExpired expired = ContractEvents.decoded(event, PointsExpired.class);
        assertThat(expired.shopperId()).isEqualTo(shopper);
        assertThat(expired.points()).isEqualTo(300);
        assertThat(expired.balanceAfter()).isEqualTo(100);

        assertThat(expiry.expireDue()).as("nothing is due twice").isZero();
        assertThat(balance(shopper)).isEqualTo(100);
        assertThat(jdbc.sql("SELECT coalesce(sum(amount), 0) FROM points_entry WHERE account = 'expired' AND shopper_id = :s").param("s", shopper)
                .query(Long.class).single()).isEqualTo(300);
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT transaction_id FROM points_entry GROUP BY transaction_id HAVING sum(amount) <> 0) x")
                .query(Long.class).single()).isZero();
    }
}

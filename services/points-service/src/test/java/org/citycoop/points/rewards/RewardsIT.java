package org.citycoop.points.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.points.PointsConverted;
import org.citycoop.contracts.points.RewardVoucherRequested;
import org.citycoop.points.PointsServiceIT;
import org.citycoop.testsupport.ContractEvents;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A shopper who earned 1,500 points (three days of big purchases, 500 a day under the cap) turns 1,000
 * into a EUR 10 voucher: once, however often the phone retries and however many taps arrive at once;
 * voucher-service is asked exactly once per conversion; the ledger balances and never goes below zero.
 */
@TestPropertySource(properties = "citycoop.test.isolation=rewards")
class RewardsIT extends PointsServiceIT {

    @RegisterExtension
    static final KafkaTap pointsEvents = KafkaTap.on(Topics.POINTS_EVENTS);

    @Test
    void pointsBecomeAVoucherOnceEvenWhenTappedFiveTimesAtOnceAndRetried() throws Exception {
        UUID shopper = UUID.randomUUID();
        for (String day : List.of("2026-11-02", "2026-11-03", "2026-11-04")) {
            purchase(shopper, 50_000, Instant.parse(day + "T10:00:00Z"));
        }
        awaitBalance(shopper, 1500);

        String operator = TestTokens.operator();
        UUID program = UUID.randomUUID();
        var added = ServiceHttp.on(port).call("POST", "/api/rewards", operator, """
                {"programId": "%s", "names": {"de": "Weizer Gutschein 10 €", "sl": "Bon Weiz 10 €", "hu": "Weizi utalvány 10 €", "en": "Weiz voucher EUR 10"},
                 "amount": 10, "currency": "EUR", "points": 1000}""".formatted(program), "en");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String reward = ServiceHttp.JSON.readTree(added.body()).get("id").asString();
        String phone = phone(shopper);
        assertThat(ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/rewards", phone, "en").body()).valueStream()
                .map(r -> r.get("id").asString())).contains(reward);

        // five taps at once, each its own key: 1,500 points pay for one
        List<Callable<Integer>> taps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            taps.add(() -> convert(phone, reward, UUID.randomUUID().toString(), "en").statusCode());
        }
        try (var pool = Executors.newFixedThreadPool(5)) {
            List<Integer> statuses = new ArrayList<>();
            for (var future : pool.invokeAll(taps)) {
                statuses.add(future.get());
            }
            assertThat(statuses).containsOnly(201, 422).filteredOn(s -> s == 201).hasSize(1);
        }
        assertThat(count("SELECT balance FROM points_balance WHERE shopper_id = '" + shopper + "'")).isEqualTo(500);

        // the phone lost the answer and retries with its key: the same conversion, nothing debited again
        String key = UUID.randomUUID().toString();
        var refused = convert(phone, reward, key, "hu");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nincs elég pont").containsPattern("1.000 pontba kerül").contains("500 van");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM conversion WHERE shopper_id = '" + shopper + "'") == 1);
        String conversion = jdbc.sql("SELECT id::text FROM conversion WHERE shopper_id = :s").param("s", shopper).query(String.class).single();

        var request = pointsEvents.awaitRecord("RewardVoucherRequested",
                ContractEvents.of(RewardVoucherRequested.class, r -> r.requestId().toString().equals(conversion)));
        RewardVoucherRequested requested = ContractEvents.decoded(request, RewardVoucherRequested.class);
        assertThat(requested.requestId()).hasToString(conversion);
        assertThat(requested.amount()).isEqualTo(1000);
        assertThat(requested.currency()).isEqualTo("EUR");
        assertThat(requested.programId()).isEqualTo(program);
        var converted = pointsEvents.awaitRecord("PointsConverted", ContractEvents.of(PointsConverted.class, c -> c.conversionId().toString().equals(conversion)));
        PointsConverted convertedEvent = ContractEvents.decoded(converted, PointsConverted.class);
        assertThat(convertedEvent.conversionId()).hasToString(conversion);
        assertThat(convertedEvent.points()).isEqualTo(1000);
        assertThat(convertedEvent.balanceAfter()).isEqualTo(500);
        assertThat(count("SELECT count(*) FROM (SELECT transaction_id FROM points_entry GROUP BY transaction_id HAVING sum(amount) <> 0) unbalanced"))
                .isZero();
        assertThat(count("SELECT sum(amount) FROM points_entry WHERE shopper_id = '" + shopper + "' AND account = 'shopper'")).isEqualTo(500);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameConversionAndAnotherBodyWithItIsRefused() {
        UUID shopper = UUID.randomUUID();
        for (String day : List.of("2026-11-05", "2026-11-06")) {
            purchase(shopper, 50_000, Instant.parse(day + "T10:00:00Z"));
        }
        awaitBalance(shopper, 1000);
        String reward = reward("2.5", 400);
        String phone = phone(shopper);
        String key = UUID.randomUUID().toString();
        var first = convert(phone, reward, key, "en");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var retried = convert(phone, reward, key, "en");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(ServiceHttp.JSON.readTree(retried.body()).get("id").asString()).isEqualTo(ServiceHttp.JSON.readTree(first.body()).get("id").asString());
        assertThat(count("SELECT balance FROM points_balance WHERE shopper_id = '" + shopper + "'")).isEqualTo(600);
        assertThat(convert(phone, UUID.randomUUID().toString(), key, "en").statusCode()).as("the key with another reward").isEqualTo(422);
        assertThat(convert(phone, UUID.randomUUID().toString(), UUID.randomUUID().toString(), "de").statusCode()).isEqualTo(404);
        assertThat(ServiceHttp.on(port).call("POST", "/api/conversions", phone, "{\"rewardId\":\"" + reward + "\"}", "en").statusCode())
                .as("no Idempotency-Key").isEqualTo(400);
        var bad = ServiceHttp.on(port).call("POST", "/api/rewards", TestTokens.operator(), "{\"amount\": 0.001, \"currency\": \"USD\", \"points\": 0}", "sl");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("programId", "names", "currency", "amount", "points");
        assertThat(ServiceHttp.on(port).call("POST", "/api/rewards", phone, "{}", "en").statusCode()).isEqualTo(403);
    }
}

package org.citycoop.points;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceUnderTest;
import org.citycoop.testsupport.TestTokens;

/** What points-service's ITs share: purchases that earn points, a shopper's balance and phone, rewards and conversions. */
public abstract class PointsServiceIT extends ServiceUnderTest {

    /** A purchase of {@code cents} in euros with the member QR at a Weiz shop the service has not heard of. */
    protected static void purchase(UUID shopper, long cents, Instant at) {
        KafkaSender.publish(new PurchaseRecorded(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "at-weiz", shopper, cents, "EUR", 0, at),
                UUID.randomUUID().toString());
    }

    /** The shopper's balance, 0 before their first points. */
    protected long balance(UUID shopper) {
        return jdbc.sql("SELECT coalesce(max(balance), 0) FROM points_balance WHERE shopper_id = :s").param("s", shopper).query(Long.class).single();
    }

    /** Waits up to 10 s until the events sent so far leave the shopper with {@code points}. */
    protected void awaitBalance(UUID shopper, long points) {
        await().atMost(Duration.ofSeconds(10)).until(() -> balance(shopper) == points);
    }

    /** The shopper's phone: a token for them as a shopper. */
    protected static String phone(UUID shopper) {
        return TestTokens.token().subject(shopper.toString()).roles(Role.SHOPPER).sign();
    }

    /** An operator offers a reward of {@code amount} euros (a voucher of some program) for {@code points}; its id. */
    protected String reward(String amount, long points) {
        return ServiceHttp.JSON.readTree(http().call("POST", "/api/rewards", TestTokens.operator(), """
                {"programId": "%s", "names": {"de": "G", "sl": "B", "hu": "U", "en": "V"}, "amount": %s, "currency": "EUR", "points": %d}"""
                .formatted(UUID.randomUUID(), amount, points), "en").body()).get("id").asString();
    }

    /** The phone turns points into the reward, with its Idempotency-Key. */
    protected HttpResponse<String> convert(String phone, String reward, String key, String language) {
        return http().call("POST", "/api/conversions", phone, "{\"rewardId\":\"" + reward + "\"}", language, Map.of("Idempotency-Key", key));
    }
}

package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.redemption.RedemptionServiceIT;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A till that guesses codes is paused (429 with Retry-After, nothing debited) and shown to operators; a till that floods is slowed. */
@TestPropertySource(properties = {"citycoop.test.isolation=throttle", "citycoop.checkout.unknown-codes.allowed=3",
        "citycoop.checkout.unknown-codes.per=PT10M", "citycoop.checkout.rate.per-second=2", "citycoop.checkout.rate.burst=6"})
class ThrottleIT extends RedemptionServiceIT {

    ShopFixture shop;

    @BeforeEach
    void shop() {
        shop = new ShopFixture(jdbc, hashKey);
    }

    @Test
    void aTillThatTriesThreeUnknownCodesIsPausedAndDebitsNothing() {
        String guesser = shop.terminal();
        VoucherCode real = shop.voucher(1000, Instant.now().plus(30, ChronoUnit.DAYS));
        for (int i = 0; i < 3; i++) {
            var scan = post("/api/checkout/scans", guesser, "{\"code\":\"" + VoucherCode.generate().value() + "\"}", null, "en");
            assertThat(scan.statusCode()).isEqualTo(200);
            assertThat(ServiceHttp.JSON.readTree(scan.body()).get("known").asBoolean()).isFalse();
        }
        var paused = post("/api/checkout/redemptions", guesser, "{\"code\":\"" + real.value() + "\",\"amount\":5,\"currency\":\"EUR\"}",
                UUID.randomUUID().toString(), "de");
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(ServiceHttp.JSON.readTree(paused.body()).get("type").asString()).isEqualTo("urn:citycoop:problem:throttled-unknown-codes");
        assertThat(paused.body()).contains("eintippen");
        assertThat(shop.balance(real)).as("a 429 never debits").isEqualTo(1000);

        var throttled = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/throttled-terminals", TestTokens.operator(), "en").body());
        assertThat(throttled.valueStream().map(t -> t.get("merchantId").asString())).contains(shop.bakery.toString());
        assertThat(post("/api/checkout/redemptions", shop.terminal(), "{\"code\":\"" + real.value() + "\",\"amount\":5,\"currency\":\"EUR\"}",
                UUID.randomUUID().toString(), "en").statusCode()).as("the bakery's other till").isEqualTo(201);
    }

    @Test
    void aTillThatFloodsIsSlowedDown() {
        String flooding = shop.terminal();
        List<Integer> statuses = new ArrayList<>();
        VoucherCode real = shop.voucher(1000, Instant.now().plus(30, ChronoUnit.DAYS));
        for (int i = 0; i < 12; i++) {
            statuses.add(post("/api/checkout/scans", flooding, "{\"code\":\"" + real.value() + "\"}", null, "en").statusCode());
        }
        assertThat(statuses).contains(200, 429);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isLessThanOrEqualTo(9);
    }
}

package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.ProgramAccepted;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.platform.security.Role;
import org.citycoop.redemption.RedemptionServiceApplication;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.RunningService;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A till's redemption commits, then redemption-service goes down before the till has its answer; a
 * new instance comes up on the same database and the till retries with the same Idempotency-Key:
 * it gets the committed answer, and the voucher was debited once.
 */
class RedemptionAfterRestartIT {

    @Test
    void aRetryAfterARestartGetsTheCommittedAnswerAndNoSecondDebit() {
        RunningService first = RunningService.start(RedemptionServiceApplication.class, "redemption-service", Map.of());
        var environment = first.context().getEnvironment();
        Map<String, Object> sameDatabase = new HashMap<>();
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password", "spring.kafka.consumer.group-id")) {
            sameDatabase.put(key, environment.getRequiredProperty(key));
        }
        byte[] hashKey = Base64.getDecoder().decode(environment.getRequiredProperty("citycoop.voucher-codes.hash-key"));
        JdbcClient jdbc = first.bean(JdbcClient.class);

        UUID program = UUID.randomUUID();
        UUID shop = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        UUID voucher = UUID.randomUUID();
        VoucherCode code = VoucherCode.generate();
        KafkaSender.publish(new ProgramActivated(program, Map.of("de", "G", "sl", "B", "hu", "U", "en", "V"), "at-weiz", "EUR", "CITY", List.of("at-weiz"), 12,
                Instant.now()));
        KafkaSender.publish(new MerchantRegistered(shop, "Weizer Buch GmbH", "Weizer Buch", "at-weiz", "AT", "47.61", Instant.now()));
        KafkaSender.publish(new StoreOpened(store, shop, "Weizer Buch", "at-weiz", Instant.now()));
        KafkaSender.publish(new ProgramAccepted(shop, program, Instant.now()));
        KafkaSender.publish(new VoucherIssued(voucher, program, code.keyedHash(hashKey), "at-weiz", "EUR", 3000, 3000, 0, "COUNTER", "CASH", null,
                Instant.now().plus(30, ChronoUnit.DAYS), Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM voucher WHERE id = :v").param("v", voucher).query(Long.class)
                .single() == 1 && jdbc.sql("SELECT count(*) FROM acceptance WHERE merchant_id = :m").param("m", shop).query(Long.class).single() == 1);

        String till = TestTokens.token().subject("terminal-weiz").roles(Role.TERMINAL).merchant(shop).store(store).sign();
        String key = UUID.randomUUID().toString();
        String body = "{\"code\":\"" + code.value() + "\",\"amount\":12,\"currency\":\"EUR\"}";
        var committed = ServiceHttp.on(first.port()).call("POST", "/api/checkout/redemptions", till, body, "en", Map.of("Idempotency-Key", key));
        assertThat(committed.statusCode()).isEqualTo(201);
        String redemptionId = ServiceHttp.JSON.readTree(committed.body()).get("redemptionId").asString();
        first.close(); // the service is gone; the till never saw the answer above

        try (RunningService second = RunningService.start(RedemptionServiceApplication.class, "redemption-service", sameDatabase)) {
            var retried = ServiceHttp.on(second.port()).call("POST", "/api/checkout/redemptions", till, body, "en", Map.of("Idempotency-Key", key));
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(ServiceHttp.JSON.readTree(retried.body()).get("redemptionId").asString()).isEqualTo(redemptionId);
            JdbcClient after = second.bean(JdbcClient.class);
            assertThat(after.sql("SELECT balance FROM voucher WHERE id = :v").param("v", voucher).query(Long.class).single()).isEqualTo(1800);
            assertThat(after.sql("SELECT count(*) FROM redemption WHERE voucher_id = :v AND outcome = 'APPROVED'").param("v", voucher).query(Long.class)
                    .single()).isEqualTo(1);
        }
    }
}

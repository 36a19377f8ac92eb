package org.citycoop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.RunningService;
import org.citycoop.voucher.VoucherServiceApplication;
import org.citycoop.voucher.issuance.Issuance;
import org.citycoop.voucher.issuance.Voucher;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.ProgramAdministration;
import org.citycoop.voucher.programs.ProgramTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of voucher-service on one database, both running the expiry job every 100 ms:
 * 300 due vouchers expire, each exactly once, with exactly one VoucherExpired each.
 */
class VoucherExpiryTwoInstancesIT {

    private static final Map<String, Object> FAST_EXPIRY = Map.of("citycoop.voucher.expiry.interval", "PT0.1S",
            "citycoop.voucher.expiry.initial-delay", "PT0S", "citycoop.voucher.expiry.batch", "20");

    private static RunningService first;
    private static RunningService second;
    private static KafkaTap voucherEvents;

    @BeforeAll
    static void startTwoInstances() {
        voucherEvents = KafkaTap.on(Topics.VOUCHER_EVENTS);
        first = RunningService.start(VoucherServiceApplication.class, "voucher-service", FAST_EXPIRY);
        var environment = first.context().getEnvironment();
        Map<String, Object> sameDatabase = new HashMap<>(FAST_EXPIRY);
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password", "spring.kafka.consumer.group-id")) {
            sameDatabase.put(key, environment.getRequiredProperty(key));
        }
        second = RunningService.start(VoucherServiceApplication.class, "voucher-service", sameDatabase);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        second.close();
        first.close();
        voucherEvents.close();
    }

    @Test
    void threeHundredDueVouchersExpireExactlyOnceWithTwoInstancesRunningTheJob() {
        ProgramAdministration administration = first.bean(ProgramAdministration.class);
        UUID programId = administration.draft(new ProgramTerms(Map.of("de", "Ablauftest", "sl", "Test poteka", "hu", "Lejárati teszt", "en",
                "Expiry test"), "at-weiz", "EUR", "CITY", null, List.of(new BigDecimal("10")), null, 1, null)).id();
        Program program = administration.activate(programId);
        Issuance issuance = first.bean(Issuance.class);
        JdbcClient jdbc = first.bean(JdbcClient.class);
        List<UUID> ids = first.bean(TransactionTemplate.class).execute(status -> {
            List<UUID> made = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                made.add(issuance.issue(program, Money.of(1000, Currency.EUR), Voucher.Channel.COUNTER, "CASH", null, null, "test").voucher().id());
            }
            return made;
        });
        // all due at once: both instances' jobs (every 100 ms, 20 at a time) race for them
        jdbc.sql("UPDATE voucher SET expires_at = now() - interval '1 minute' WHERE program_id = :p").param("p", programId).update();

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM voucher WHERE program_id = :p AND status = 'ACTIVE'")
                .param("p", programId).query(Long.class).single() == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> expiredEventsOf(ids).size() == 300);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> expiredEventsOf(ids).values().stream().allMatch(n -> n == 1));
        assertThat(expiredEventsOf(ids)).hasSize(300).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
    }

    private static Map<String, Long> expiredEventsOf(List<UUID> ids) {
        var wanted = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        return voucherEvents.records().stream().filter(r -> wanted.contains(r.key()) && KafkaTap.header(r, "ce_type").endsWith("voucher-expired.v1"))
                .collect(Collectors.groupingBy(r -> r.key(), Collectors.counting()));
    }
}

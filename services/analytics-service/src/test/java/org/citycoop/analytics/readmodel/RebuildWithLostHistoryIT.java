package org.citycoop.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.citycoop.analytics.AnalyticsServiceIT;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A rebuild with history gone from the broker loses not a single fact: this service reads topics of its
 * own (two partitions each, so deleting records here touches no other test of the module), a Feldbach
 * bakery's March takings are in the read model, then the oldest records of one partition of the
 * redemptions topic are deleted (what retention does after seven days). The rebuild is refused with a
 * 409 naming that partition, in the caller's language; every fact, processed event and figure stays as
 * it was; progress still answers; and the consumers keep reading new events.
 */
@TestPropertySource(properties = {"citycoop.test.isolation=rebuild-lost-history", "citycoop.analytics.min-shoppers=1"})
class RebuildWithLostHistoryIT extends AnalyticsServiceIT {

    private static final OwnTopics OWN = OwnTopics.named("rebuild-lost-history");
    private static final LocalDate MARCH = LocalDate.of(2023, 3, 14);
    private static final String SPENDING = "/api/analytics/spending?groupBy=merchant&from=2023-03-01&to=2023-03-31";

    @DynamicPropertySource
    static void ownTopics(DynamicPropertyRegistry registry) {
        // kept for ever, as the platform's event topics are: records go only when the test deletes them
        OWN.create(registry);
    }

    @Test
    void aRebuildAfterTheOldestRedemptionsAreGoneIsRefusedAndNoFactIsLost() throws Exception {
        UUID bakery = UUID.randomUUID();
        OWN.send(0, new MerchantRegistered(bakery, "Bäckerei Feldbach GmbH", "Bäckerei am Hauptplatz", "at-feldbach", "AT", "10.71",
                at(MARCH.minusDays(30))));
        for (int i = 0; i < 6; i++) {
            UUID voucher = UUID.randomUUID();
            OWN.send(i % 2, new VoucherIssued(voucher, UUID.randomUUID(), "hash-" + voucher, "at-feldbach", "EUR", 2_000, 2_000, 0, "COUNTER",
                    "CASH", UUID.randomUUID(), at(MARCH.plusYears(2)), at(MARCH.minusDays(1))));
            // three redemptions on each partition of the redemptions topic
            OWN.send(i % 2, new VoucherRedeemed(UUID.randomUUID(), voucher, bakery, UUID.randomUUID(), 500 + 100 * i, "EUR", 500 + 100 * i,
                    "EUR", "1", 1_500 - 100 * i, 1, at(MARCH)));
        }
        eventually().until(() -> rows("fact_redemption") == 6 && rows("fact_sale") == 6);
        eventually().until(() -> rollups.pending() == 0);
        String operator = TestTokens.operator();
        String figures = ServiceHttp.on(port).get(SPENDING, operator, "en").body();
        assertThat(ServiceHttp.json(ServiceHttp.on(port).get(SPENDING, operator, "en")).get("region").get("amount").decimalValue())
                .as("5 + 6 + 7 + 8 + 9 + 10 euros: all six redemptions").isEqualByComparingTo("45.00");
        Map<String, Long> facts = facts();
        long processed = processed();

        // what a week of retention does: the first two records of partition 0 are gone
        TopicPartition partition0 = new TopicPartition(OWN.of("redemptions"), 0);
        try (AdminClient admin = OwnTopics.admin()) {
            admin.deleteRecords(Map.of(partition0, RecordsToDelete.beforeOffset(2))).all().get();
            assertThat(admin.listOffsets(Map.of(partition0, OffsetSpec.earliest())).all().get().get(partition0).offset()).isEqualTo(2);
        }

        HttpResponse<String> refused = ServiceHttp.on(port).call("POST", "/api/analytics/rebuild", operator, null, "en");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ServiceHttp.json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("urn:citycoop:problem:rebuild-history-gone");
        assertThat(problem.get("detail").asString()).contains(OWN.of("redemptions") + "-0").doesNotContain("redemptions-1")
                .contains("left as it is");
        assertThat(problem.get("gone")).hasSize(1);
        assertThat(problem.get("gone").get(0).get("topic").asString()).isEqualTo(OWN.of("redemptions"));
        assertThat(problem.get("gone").get(0).get("partition").asInt()).isZero();
        assertThat(problem.get("gone").get(0).get("firstOffset").asLong()).isEqualTo(2);
        assertThat(problem.get("compacted")).isEmpty();
        for (Map.Entry<String, String> language : Map.of("de", "Lesemodell", "sl", "Bralni model", "hu", "olvasási modell").entrySet()) {
            JsonNode translated = ServiceHttp.json(ServiceHttp.on(port).call("POST", "/api/analytics/rebuild", operator, null, language.getKey()));
            assertThat(translated.get("detail").asString()).as(language.getKey()).contains(language.getValue())
                    .contains(OWN.of("redemptions") + "-0");
        }

        // not a single fact lost: the read model, its processed events and its figures are as they were
        assertThat(facts()).isEqualTo(facts);
        assertThat(processed()).isEqualTo(processed);
        assertThat(ServiceHttp.on(port).get(SPENDING, operator, "en").body()).isEqualTo(figures);
        // progress still answers: no rebuild ran
        HttpResponse<String> progress = ServiceHttp.on(port).get("/api/analytics/rebuild", operator, "en");
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(ServiceHttp.json(progress).get("state").asString()).isEqualTo("idle");
        assertThat(ServiceHttp.json(progress).get("facts").asLong()).isEqualTo(12);
        // and the consumers kept running: a redemption published now is read
        UUID voucher = UUID.randomUUID();
        OWN.send(0, new VoucherIssued(voucher, UUID.randomUUID(), "hash-" + voucher, "at-feldbach", "EUR", 2_000, 2_000, 0, "COUNTER", "CASH",
                UUID.randomUUID(), at(MARCH.plusYears(2)), at(MARCH.minusDays(1))));
        OWN.send(1, new VoucherRedeemed(UUID.randomUUID(), voucher, bakery, UUID.randomUUID(), 400, "EUR", 400, "EUR", "1", 1_600, 1,
                at(MARCH)));
        eventually().until(() -> rows("fact_redemption") == 7);
    }

    private Map<String, Long> facts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("fact_sale", "fact_redemption", "fact_reversal", "fact_purchase", "fact_voucher_end", "fact_points", "dim_merchant",
                "rollup_spend_day", "rollup_merchant_day")) {
            counts.put(table, rows(table));
        }
        counts.put("euro cents redeemed", jdbc.sql("SELECT coalesce(sum(amount_eur), 0) FROM fact_redemption").query(Long.class).single());
        return counts;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(Euros.NETWORK).toInstant();
    }
}

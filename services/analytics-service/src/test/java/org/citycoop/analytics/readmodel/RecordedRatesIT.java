package org.citycoop.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

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
 * Forints in euros at the rate redemption-service recorded (395.50 forints a euro), not the configured
 * 400, on 10 May 2022 (the service reads topics of its own, so only these events count):
 * <ul>
 * <li>a Lenti forint voucher spends HUF 3,955 in a Lenti shop: no rate on it, and none recorded yet, so
 * EUR 9.89 at the configured 400 at first;</li>
 * <li>then another Lenti forint voucher spends HUF 2,000 at a Feldbach bakery, credited EUR 5.06 at
 * 395.50, and a Feldbach euro voucher spends EUR 10.00 (HUF 3,955) in the Lenti shop, at 395.50;</li>
 * <li>so the first redemption becomes EUR 10.00 (3,955 / 395.50), the forint vouchers' sales of the
 * day before EUR 25.28 each (HUF 10,000 / 395.50: before the first recorded rate, the first), and the
 * day's spending EUR 25.06 = HUF 9,911 at 395.50.</li>
 * </ul>
 */
@TestPropertySource(properties = {"citycoop.test.isolation=recorded-rates", "citycoop.analytics.min-shoppers=1"})
class RecordedRatesIT extends AnalyticsServiceIT {

    private static final OwnTopics OWN = OwnTopics.named("recorded-rates");
    private static final LocalDate MAY_10 = LocalDate.of(2022, 5, 10);
    private static final String DAY = "from=2022-05-10&to=2022-05-10";

    @DynamicPropertySource
    static void ownTopics(DynamicPropertyRegistry registry) {
        OWN.create(registry);
    }

    @Test
    void forintsAreConvertedAtTheRateRedemptionServiceRecordedNotAtAFixedFourHundred() {
        UUID lentiShop = UUID.randomUUID();
        UUID bakery = UUID.randomUUID();
        OWN.send(0, new MerchantRegistered(lentiShop, "Lenti Ajándékbolt Kft.", "Ajándékbolt", "hu-lenti", "HU", "47.78", at(MAY_10.minusDays(30), 9)));
        OWN.send(0, new MerchantRegistered(bakery, "Bäckerei Feldbach GmbH", "Bäckerei am Hauptplatz", "at-feldbach", "AT", "10.71",
                at(MAY_10.minusDays(30), 9)));
        UUID lentiProgram = UUID.randomUUID();
        UUID forints1 = issue(lentiProgram, "hu-lenti", "HUF", 10_000);
        UUID forints2 = issue(lentiProgram, "hu-lenti", "HUF", 10_000);
        UUID euros = issue(UUID.randomUUID(), "at-feldbach", "EUR", 2_000);

        UUID forintsAtHome = UUID.randomUUID();
        OWN.send(0, new VoucherRedeemed(forintsAtHome, forints1, lentiShop, UUID.randomUUID(), 3_955, "HUF", 3_955, "HUF", "1", 6_045, 1, at(MAY_10, 10)));
        eventually().until(() -> eurOf(forintsAtHome) != null);
        assertThat(eurOf(forintsAtHome)).as("no rate recorded yet: the configured 400").isEqualTo(989);

        // the rate redemption-service recorded on two redemptions across the border: 395.50
        OWN.send(1, new VoucherRedeemed(UUID.randomUUID(), forints2, bakery, UUID.randomUUID(), 2_000, "HUF", 506, "EUR", "395.5", 8_000, 1,
                at(MAY_10, 11)));
        OWN.send(1, new VoucherRedeemed(UUID.randomUUID(), euros, lentiShop, UUID.randomUUID(), 1_000, "EUR", 3_955, "HUF", "395.5", 1_000, 1,
                at(MAY_10, 12)));
        eventually()
                .until(() -> rows("fact_redemption") == 3 && Long.valueOf(1_000).equals(eurOf(forintsAtHome)));
        eventually().until(() -> rollups.pending() == 0);

        assertThat(jdbc.sql("SELECT face_eur FROM fact_sale WHERE voucher_id = :v").param("v", forints1).query(Long.class).single())
                .as("HUF 10,000 sold the day before the first recorded rate: at that rate").isEqualTo(2_528);
        String operator = TestTokens.operator();
        JsonNode spending = ServiceHttp.json(ServiceHttp.on(port).get("/api/analytics/spending?groupBy=merchant&" + DAY, operator, "en"));
        assertThat(spending.get("region").get("amount").decimalValue()).as("10.00 + 5.06 + 10.00").isEqualByComparingTo("25.06");
        assertThat(amountOf(spending, "Bäckerei am Hauptplatz")).as("the euros the bakery was credited").isEqualByComparingTo("5.06");
        assertThat(amountOf(spending, "Ajándékbolt")).isEqualByComparingTo("20.00");
        JsonNode inForints = ServiceHttp.json(ServiceHttp.on(port).get("/api/analytics/spending?groupBy=merchant&currency=HUF&" + DAY, operator, "en"));
        assertThat(inForints.get("region").get("amount").decimalValue()).as("EUR 25.06 at 395.50").isEqualByComparingTo("9911");
        JsonNode vouchers = ServiceHttp.json(ServiceHttp.on(port).get("/api/analytics/vouchers?groupBy=program&from=2022-05-09&to=2022-05-09", operator, "en"));
        assertThat(vouchers.toString()).as("two Lenti vouchers sold at EUR 25.28 each").contains("50.56");
    }

    private UUID issue(UUID program, String issuer, String currency, long face) {
        UUID voucher = UUID.randomUUID();
        OWN.send(0, new VoucherIssued(voucher, program, "hash-" + voucher, issuer, currency, face, face, 0, "COUNTER", "CASH", UUID.randomUUID(),
                at(MAY_10.plusYears(2), 9), at(MAY_10.minusDays(1), 9)));
        return voucher;
    }

    private Long eurOf(UUID redemption) {
        return jdbc.sql("SELECT amount_eur FROM fact_redemption WHERE redemption_id = :r").param("r", redemption).query(Long.class).optional().orElse(null);
    }

    private static BigDecimal amountOf(JsonNode answer, String label) {
        return answer.get("cells").valueStream().filter(cell -> cell.get("label").asString().equals(label)).findFirst()
                .map(cell -> cell.get("amount").decimalValue()).orElseThrow(() -> new AssertionError(label + " not in " + answer));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Euros.NETWORK).toInstant();
    }
}

package org.citycoop.analytics.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.analytics.AnalyticsServiceIT;
import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.contracts.points.PointsConverted;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherExpired;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.citycoop.analytics.readmodel.Euros;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measures against hand-computed figures of a small October, fed as events through the real
 * broker: three shops (a Feldbach bakery, a Ptuj and a Lenti shop), three programs (Feldbach, the
 * region, Lenti in forints), twelve shoppers (six at home in Feldbach, six in Ptuj).
 * <ul>
 * <li>V1–V6 (Feldbach, EUR 50, shoppers 1–6): EUR 10 each at the bakery on 5 Oct; V1's redemption
 * reversed by EUR 2 on 9 Oct; V6 expires on 31 Oct with EUR 40 left (breakage).</li>
 * <li>V7–V12 (region, EUR 20, shoppers 7–12): EUR 5 each in Ptuj on 6 Oct; V7 EUR 4 more at the bakery
 * on 7 Oct; V12 cancelled on 20 Oct, EUR 15 refunded.</li>
 * <li>V13 (Lenti, HUF 10,000 = EUR 25 at 400, shopper 1): HUF 4,000 (EUR 10) in Lenti on 8 Oct.</li>
 * <li>V5 spends EUR 3 more in Ptuj on 10 Oct.</li>
 * <li>Shoppers 1–6 buy for EUR 25 at the bakery on 5 Oct paying EUR 10 with the voucher, earning 25
 * points each; shopper 1 converts 100 points on 20 Oct.</li>
 * </ul>
 * Hence spending: Feldbach 60 + 4 − 2 = EUR 62.00 by 7 shoppers in 7 redemptions, Ptuj 30 + 3 = EUR 33.00
 * by 7, Lenti EUR 10.00 by 1 (suppressed: fewer than 5), the region EUR 105.00 by 12.
 */
// the rollups refreshed by the test itself (refreshNow), not on a timer
@TestPropertySource(properties = { "citycoop.test.isolation=measures", "citycoop.analytics.rollup-interval=1h" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasuresIT extends AnalyticsServiceIT {

    static final String OCTOBER = "from=2026-10-01&to=2026-10-31";
    /** Amounts read as written (62.00, not 62.0). */
    static final JsonMapper EXACT = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    final UUID bakery = UUID.randomUUID();
    final UUID ptujShop = UUID.randomUUID();
    final UUID lentiShop = UUID.randomUUID();
    final UUID feldbach = UUID.randomUUID();
    final UUID region = UUID.randomUUID();
    final UUID lenti = UUID.randomUUID();
    final List<UUID> shoppers = new ArrayList<>();
    final List<UUID> vouchers = new ArrayList<>();

    @BeforeAll
    void october() {
        List<IntegrationEvent> events = new ArrayList<>();
        events.add(new MerchantRegistered(bakery, "Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "AT", "10.71", day(1)));
        events.add(new MerchantRegistered(ptujShop, "Knjigarna Ptuj d.o.o.", "Knjigarna Ptuj", "si-ptuj", "SI", "47.61", day(1)));
        events.add(new MerchantRegistered(lentiShop, "Lenti Bolt Kft.", "Lenti Bolt", "hu-lenti", "HU", "47.11", day(1)));
        events.add(new ProgramActivated(feldbach, Map.of("en", "Feldbach voucher"), "at-feldbach", "EUR", "CITY", List.of("at-feldbach"), 36, day(1)));
        events.add(new ProgramActivated(region, Map.of("en", "Region voucher"), "cooperation", "EUR", "REGION", List.of(), 36, day(1)));
        events.add(new ProgramActivated(lenti, Map.of("en", "Lenti voucher"), "hu-lenti", "HUF", "CITY", List.of("hu-lenti"), 36, day(1)));
        for (int i = 0; i < 12; i++) {
            UUID shopper = UUID.randomUUID();
            shoppers.add(shopper);
            events.add(new UserRegistered(shopper, List.of("SHOPPER"), i < 6 ? "at-feldbach" : "si-ptuj", null, day(1)));
        }
        for (int i = 0; i < 13; i++) {
            vouchers.add(UUID.randomUUID());
        }
        for (int i = 0; i < 6; i++) {
            events.add(issued(vouchers.get(i), feldbach, "at-feldbach", "EUR", 5000, shoppers.get(i), day(1)));
            events.add(issued(vouchers.get(6 + i), region, "cooperation", "EUR", 2000, shoppers.get(6 + i), day(2)));
        }
        events.add(issued(vouchers.get(12), lenti, "hu-lenti", "HUF", 10_000, shoppers.get(0), day(3)));
        UUID firstRedemption = UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            events.add(redeemed(i == 0 ? firstRedemption : UUID.randomUUID(), vouchers.get(i), bakery, 1000, "EUR", 4000, day(5)));
            events.add(redeemed(UUID.randomUUID(), vouchers.get(6 + i), ptujShop, 500, "EUR", 1500, day(6)));
        }
        events.add(redeemed(UUID.randomUUID(), vouchers.get(6), bakery, 400, "EUR", 1100, day(7)));
        events.add(redeemed(UUID.randomUUID(), vouchers.get(12), lentiShop, 4000, "HUF", 6000, day(8)));
        events.add(redeemed(UUID.randomUUID(), vouchers.get(4), ptujShop, 300, "EUR", 3700, day(10)));
        for (int i = 0; i < 6; i++) {
            UUID purchase = UUID.randomUUID();
            events.add(new PurchaseRecorded(purchase, bakery, UUID.randomUUID(), "at-feldbach", shoppers.get(i), 2500, "EUR", 1000, day(5)));
            events.add(new PointsAccrued(purchase, shoppers.get(i), bakery, "at-feldbach", 25, 1, List.of(new PointsAccrued.Reason("BASE", "EUR 25.00", 25)),
                    25, day(5)));
        }
        events.add(new PointsConverted(UUID.randomUUID(), shoppers.get(0), UUID.randomUUID(), 100, 0, day(20)));
        events.add(new RedemptionReversed(UUID.randomUUID(), firstRedemption, vouchers.get(0), bakery, 200, "EUR", 4200, 2, day(9)));
        events.add(new VoucherCancelled(vouchers.get(11), "customer asked", 1500, "EUR", day(20)));
        events.add(new VoucherExpired(vouchers.get(5), feldbach, 4000, "EUR", Instant.parse("2026-10-31T21:00:00Z")));
        try (KafkaSender.Batch batch = KafkaSender.batch()) {
            for (IntegrationEvent event : events) {
                batch.publish(event, UUID.randomUUID().toString());
            }
            // the same redemption again under another event id, as a retried producer sends it: counted once
            batch.publish(redeemed(firstRedemption, vouchers.get(0), bakery, 1000, "EUR", 4000, day(5)), UUID.randomUUID().toString());
            batch.flush();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("fact_redemption") == 15 && rows("fact_purchase") == 6 && rows("fact_points") == 7 && rows("fact_reversal") == 1
                && rows("fact_voucher_end") == 2 && rows("fact_sale") == 13 && rows("dim_merchant") == 3 && rows("dim_program") == 3
                && rows("dim_shopper") == 12);
        rollups.refreshNow(LocalDate.now(Euros.NETWORK));
        assertThat(rollups.pending()).isZero();
    }

    @Test
    void theSameFiguresFromTheMonthsRollupAsFromItsDays() {
        String token = TestTokens.token().roles(Role.ECONOMIST).region().sign();
        List<String> queries = List.of("/api/analytics/spending?groupBy=city&", "/api/analytics/spending?groupBy=merchant&",
                "/api/analytics/flows?by=home&", "/api/analytics/cities?", "/api/analytics/vouchers?groupBy=program&", "/api/analytics/points?groupBy=city&",
                "/api/analytics/retention?");
        assertThat(jdbc.sql("SELECT count(*) FROM rollup_month WHERE fresh AND month = DATE '2026-10-01'").query(Long.class).single()).isOne();
        List<String> fromMonths = queries.stream().map(query -> get(query + OCTOBER, token).toString()).toList();
        // October as the current month: its month rows are not read
        jdbc.sql("UPDATE rollup_month SET fresh = false WHERE month = DATE '2026-10-01'").update();
        try {
            List<String> fromDays = queries.stream().map(query -> get(query + OCTOBER, token).toString()).toList();
            assertThat(fromDays).isEqualTo(fromMonths);
        } finally {
            rollups.refreshNow(LocalDate.now(Euros.NETWORK));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM rollup_month WHERE fresh AND month = DATE '2026-10-01'").query(Long.class).single()).isOne();
    }

    @Test
    void spendingByCityIsVoucherMoneyNetOfReversalsWithSmallCellsSuppressedAndTheRegionsTotal() {
        JsonNode answer = get("/api/analytics/spending?groupBy=city&" + OCTOBER, TestTokens.token().roles(Role.ECONOMIST).region().sign());
        assertThat(cells(answer)).containsExactly("at-feldbach=62.00/7/7", "hu-lenti=suppressed", "si-ptuj=33.00/7/7");
        assertThat(cell(answer.get("region"))).isEqualTo("region=105.00/15/12");
        assertThat(answer.get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void spendingByCountryAndBySectorAndInForints() {
        String economist = TestTokens.token().roles(Role.ECONOMIST).region().sign();
        assertThat(cells(get("/api/analytics/spending?groupBy=country&" + OCTOBER, economist))).containsExactly("AT=62.00/7/7", "HU=suppressed",
                "SI=33.00/7/7");
        // sector 47 holds Ptuj (7 shoppers) and Lenti (shopper 1): EUR 43.00 by 8 shoppers
        assertThat(cells(get("/api/analytics/spending?groupBy=sector&" + OCTOBER, economist))).containsExactly("10=62.00/7/7", "47=43.00/8/8");
        // forints at the reference rate of 400: EUR 62.00 = HUF 24,800
        assertThat(cells(get("/api/analytics/spending?groupBy=city&currency=HUF&cities=at-feldbach&" + OCTOBER, economist)))
                .containsExactly("at-feldbach=24800/7/7");
        assertThat(cells(get("/api/analytics/spending?groupBy=day&cities=si-ptuj&" + OCTOBER, economist))).containsExactly("2026-10-06=30.00/6/6",
                "2026-10-10=suppressed");
    }

    @Test
    void vouchersSoldRedeemedBreakageRefundsAndFloatPerIssuer() {
        JsonNode answer = get("/api/analytics/vouchers?groupBy=issuer&" + OCTOBER, TestTokens.operator());
        // sold / value / redeemed / breakage / refunds / outstanding
        assertThat(answer.get("cells").valueStream().map(MeasuresIT::voucherCell)).containsExactly(
                "at-feldbach=6/300.00/61.00/40.00/0.00/199.00",
                "cooperation=6/120.00/34.00/0.00/15.00/71.00",
                "hu-lenti=suppressed");
        // before anything happened in October the float of the Feldbach vouchers was their face value
        JsonNode early = get("/api/analytics/vouchers?groupBy=issuer&from=2026-10-01&to=2026-10-04", TestTokens.operator());
        assertThat(voucherCell(early.get("cells").get(0))).isEqualTo("at-feldbach=6/300.00/0.00/0.00/0.00/300.00");
    }

    @Test
    void flowsFromIssuingCityAndFromHomeCityToWhereTheMoneyWasSpentWithCountryTotals() {
        String economist = TestTokens.token().roles(Role.ECONOMIST).region().sign();
        JsonNode byIssuer = get("/api/analytics/flows?by=issuer&" + OCTOBER, economist);
        assertThat(flows(byIssuer.get("cities"))).containsExactly("at-feldbach>at-feldbach=58.00/6", "at-feldbach>si-ptuj=suppressed",
                "cooperation>at-feldbach=suppressed", "cooperation>si-ptuj=30.00/6", "hu-lenti>hu-lenti=suppressed");
        assertThat(flows(byIssuer.get("countries"))).containsExactly("AT>AT=58.00/6", "AT>SI=suppressed", "HU>HU=suppressed",
                "network>AT=suppressed", "network>SI=30.00/6");
        JsonNode byHome = get("/api/analytics/flows?by=home&" + OCTOBER, economist);
        assertThat(flows(byHome.get("cities"))).containsExactly("at-feldbach>at-feldbach=58.00/6", "at-feldbach>hu-lenti=suppressed",
                "at-feldbach>si-ptuj=suppressed", "si-ptuj>at-feldbach=suppressed", "si-ptuj>si-ptuj=30.00/6");
        assertThat(flows(byHome.get("countries"))).containsExactly("AT>AT=58.00/6", "AT>HU=suppressed", "AT>SI=suppressed", "SI>AT=suppressed",
                "SI>SI=30.00/6");
    }

    @Test
    void perCitySpendingLeverageVelocityAndActiveShoppersAndMerchants() {
        JsonNode answer = get("/api/analytics/cities?" + OCTOBER, TestTokens.operator());
        // Feldbach: baskets EUR 150 on EUR 60 of vouchers = 2.50; days from issue to spend (4 × 6 + 5) / 7 = 4.1
        // Ptuj: no purchases recorded, so no leverage; (4 × 6 + 9) / 7 = 4.7 days
        assertThat(answer.get("cities").valueStream().map(c -> c.get("suppressed").asBoolean() ? c.get("city").asString() + "=suppressed"
                : c.get("city").asString() + "=" + c.get("spent").decimalValue().toPlainString() + "/" + c.get("redemptions").asLong() + "/"
                        + (c.path("leverage").isMissingNode() || c.get("leverage").isNull() ? "-" : c.get("leverage").decimalValue().toPlainString()) + "/"
                        + c.get("velocityDays").decimalValue().toPlainString() + "/" + c.get("activeShoppers").asLong() + "/"
                        + c.get("activeMerchants").asLong()))
                .containsExactly("at-feldbach=62.00/7/2.50/4.1/7/1", "hu-lenti=suppressed", "si-ptuj=33.00/7/-/4.7/7/1");
    }

    @Test
    void localRetentionIsTheShareOfACitysVoucherMoneySpentAtHome() {
        JsonNode answer = get("/api/analytics/retention?" + OCTOBER, TestTokens.operator());
        // Feldbach's vouchers: EUR 61.00 spent, 58.00 of it in Feldbach (3.00 in Ptuj) = 95.1 %; the region's own vouchers have no home
        assertThat(answer.get("cities").valueStream().map(c -> c.get("suppressed").asBoolean() ? c.get("issuer").asString() + "=suppressed"
                : c.get("issuer").asString() + "=" + c.get("spent").decimalValue().toPlainString() + "/" + c.get("spentAtHome").decimalValue().toPlainString()
                        + "/" + c.get("percentAtHome").decimalValue().toPlainString()))
                .containsExactly("at-feldbach=61.00/58.00/95.1", "hu-lenti=suppressed");
    }

    @Test
    void pointsIssuedConvertedAndTheLiabilityOutstanding() {
        JsonNode byMonth = get("/api/analytics/points?groupBy=month&" + OCTOBER, TestTokens.operator());
        JsonNode october = byMonth.get("cells").get(0);
        assertThat(october.get("key").asString()).isEqualTo("2026-10");
        assertThat(List.of(october.get("issued").asLong(), october.get("converted").asLong(), october.get("expired").asLong(),
                october.get("reversed").asLong(), october.get("shoppers").asLong())).containsExactly(150L, 100L, 0L, 0L, 6L);
        assertThat(byMonth.get("outstanding").asLong()).isEqualTo(50);
        assertThat(get("/api/analytics/points?groupBy=month&from=2026-10-01&to=2026-10-10", TestTokens.operator()).get("outstanding").asLong())
                .isEqualTo(150);
        JsonNode byCity = get("/api/analytics/points?groupBy=city&" + OCTOBER, TestTokens.operator());
        assertThat(byCity.get("cells").get(0).get("key").asString()).isEqualTo("at-feldbach");
        assertThat(byCity.get("cells").get(0).get("issued").asLong()).isEqualTo(150);
    }

    @Test
    void aPeriodComparedWithThePeriodBeforeAndTheTopCells() {
        String economist = TestTokens.token().roles(Role.ECONOMIST).region().sign();
        // 6–10 Oct: Ptuj 30 + 3, Feldbach 4 − 2, Lenti 10 = EUR 45.00 by 8 shoppers; 1–5 Oct: Feldbach 60.00 by 6: −25.0 %
        JsonNode compared = get("/api/analytics/spending?groupBy=city&compare=previous&from=2026-10-06&to=2026-10-10", economist);
        assertThat(compared.get("comparedFrom").asString()).isEqualTo("2026-10-01");
        assertThat(compared.get("comparedTo").asString()).isEqualTo("2026-10-05");
        JsonNode region = compared.get("region");
        assertThat(region.get("amount").decimalValue().toPlainString()).isEqualTo("45.00");
        assertThat(region.get("previousAmount").decimalValue().toPlainString()).isEqualTo("60.00");
        assertThat(region.get("changePercent").decimalValue().toPlainString()).isEqualTo("-25.0");
        // Feldbach's 2 shoppers of 6–10 Oct stay suppressed, and with them their comparison; Ptuj had nothing before
        assertThat(cells(compared)).containsExactly("at-feldbach=suppressed", "hu-lenti=suppressed", "si-ptuj=33.00/7/7");
        assertThat(compared.get("cells").get(0).has("previousAmount")).isFalse();
        assertThat(compared.get("cells").get(2).has("previousAmount")).isFalse();
        // a year earlier there was nothing at all
        JsonNode year = get("/api/analytics/spending?groupBy=city&compare=year&" + OCTOBER, economist);
        assertThat(year.get("comparedFrom").asString()).isEqualTo("2025-10-01");
        assertThat(year.get("region").get("previousAmount").decimalValue().toPlainString()).isEqualTo("0.00");
        assertThat(year.get("region").has("changePercent")).isFalse();

        // the largest cells that are not suppressed
        assertThat(cells(get("/api/analytics/spending?groupBy=city&top=2&" + OCTOBER, economist))).containsExactly("at-feldbach=62.00/7/7",
                "si-ptuj=33.00/7/7");
        assertThat(cells(get("/api/analytics/spending?groupBy=sector&top=1&" + OCTOBER, economist))).containsExactly("10=62.00/7/7");
        // shops: Lenti's (1 shopper) never ranked; 6–10 Oct only Ptuj's has 5 shoppers or more
        assertThat(cells(get("/api/analytics/spending?groupBy=merchant&top=3&" + OCTOBER, economist)))
                .containsExactly(bakery + "=62.00/7/7", ptujShop + "=33.00/7/7");
        assertThat(cells(get("/api/analytics/spending?groupBy=merchant&top=3&from=2026-10-06&to=2026-10-10", economist)))
                .containsExactly(ptujShop + "=33.00/7/7");
        JsonNode wrong = problem(400, "/api/analytics/spending?top=0&compare=decade", economist, "sl");
        assertThat(wrong.get("errors").valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("top", "compare");
    }

    @Test
    void exportsAsCsvAndXlsxCarryTheSameFiguresAndTheSuppressions() throws Exception {
        String economist = TestTokens.token().roles(Role.ECONOMIST).region().sign();
        HttpResponse<String> csv = ServiceHttp.on(port).get("/api/analytics/spending?groupBy=city&format=csv&" + OCTOBER, economist, "en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"citycoop-spending-city-2026-10-01-2026-10-31.csv\"");
        assertThat(csv.body().split("\r\n")).containsExactly(
                "city,label,amount_eur,redemptions,shoppers,suppressed,previous_amount,change_percent",
                "at-feldbach,at-feldbach,62.00,7,7,false,,",
                "hu-lenti,hu-lenti,,,,true,,",
                "si-ptuj,si-ptuj,33.00,7,7,false,,",
                "region,region,105.00,15,12,false,,");

        java.net.http.HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/analytics/flows?by=issuer&format=xlsx&" + OCTOBER))
                .header("Authorization", "Bearer " + economist).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<String> rows = new ArrayList<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            workbook.getFirstSheet().openStream().forEach(row -> rows.add(String.join("|", java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> row.getOptionalCell(i).map(MeasuresIT::text).orElse("")).toList())));
        }
        assertThat(rows).containsExactly("level|from|to|amount_eur|shoppers|suppressed",
                "city|at-feldbach|at-feldbach|58 (number)|6 (number)|false",
                "city|at-feldbach|si-ptuj|||true",
                "city|cooperation|at-feldbach|||true",
                "city|cooperation|si-ptuj|30 (number)|6 (number)|false",
                "city|hu-lenti|hu-lenti|||true",
                "country|AT|AT|58 (number)|6 (number)|false",
                "country|AT|SI|||true",
                "country|HU|HU|||true",
                "country|network|AT|||true",
                "country|network|SI|30 (number)|6 (number)|false");
        assertThat(ServiceHttp.on(port).get("/api/analytics/spending?format=pdf", economist, "en").statusCode()).isEqualTo(400);
    }

    @Test
    void anEconomistOfPtujSeesPtujAndTheRegionsTotalsOnly() {
        String ptuj = TestTokens.token().roles(Role.ECONOMIST).cities("si-ptuj", "si-ormoz", "si-lenart").sign();
        JsonNode spending = get("/api/analytics/spending?groupBy=city&" + OCTOBER, ptuj);
        assertThat(cells(spending)).containsExactly("si-ptuj=33.00/7/7");
        assertThat(cell(spending.get("region"))).isEqualTo("region=105.00/15/12");
        assertThat(flows(get("/api/analytics/flows?by=issuer&" + OCTOBER, ptuj).get("cities"))).containsExactly("at-feldbach>si-ptuj=suppressed",
                "cooperation>si-ptuj=30.00/6");
        assertThat(get("/api/analytics/points?groupBy=city&" + OCTOBER, ptuj).get("cells")).isEmpty();
        assertThat(get("/api/analytics/retention?" + OCTOBER, ptuj).get("cities")).isEmpty();
        assertThat(get("/api/analytics/vouchers?groupBy=issuer&" + OCTOBER, ptuj).get("cells")).isEmpty();

        HttpResponse<String> feldbach = ServiceHttp.on(port).get("/api/analytics/spending?cities=at-feldbach&" + OCTOBER, ptuj, "sl");
        assertThat(feldbach.statusCode()).isEqualTo(403);
        JsonNode problem = ServiceHttp.json(feldbach);
        assertThat(problem.get("type").asString()).isEqualTo("urn:citycoop:problem:not-your-cities");
        assertThat(problem.get("title").asString()).isEqualTo("Niso vaša mesta");
    }

    @Test
    void badQuestionsAreAnsweredWithWhatIsWrongAndOthersThanEconomistsAndOperatorsAreRefused() {
        String economist = TestTokens.token().roles(Role.ECONOMIST).region().sign();
        JsonNode wrong = problem(400, "/api/analytics/spending?groupBy=planet&from=2026-10-31&to=2026-10-01&currency=USD&cities=xx-nowhere&sectors=4&programs=abc",
                economist, "de");
        assertThat(wrong.get("errors").valueStream().map(e -> e.get("field").asString())).contains("from", "currency", "cities", "sectors", "programs");
        assertThat(wrong.get("errors").valueStream().map(e -> e.get("message").asString())).contains("muss EUR oder HUF sein, nicht USD",
                "ist keine Partnerstadt: xx-nowhere");
        JsonNode choice = problem(400, "/api/analytics/spending?groupBy=planet", economist, "en");
        assertThat(choice.get("errors").get(0).get("message").asString())
                .isEqualTo("cannot be planet: choose one of city, country, sector, merchant, program, day, week, month");
        problem(400, "/api/analytics/vouchers?groupBy=city", economist, "hu");
        problem(400, "/api/analytics/spending?from=2020-01-01&to=2026-01-02", economist, "en");
        problem(400, "/api/analytics/spending?from=yesterday", economist, "en");
        assertThat(ServiceHttp.on(port).get("/api/analytics/spending", TestTokens.shopper("at-feldbach"), "en").statusCode()).isEqualTo(403);
        assertThat(ServiceHttp.on(port).get("/api/analytics/flows", TestTokens.cashier(bakery), "en").statusCode()).isEqualTo(403);
        assertThat(ServiceHttp.on(port).get("/api/analytics/flows", null, "en").statusCode()).isEqualTo(401);
    }

    /** A spreadsheet cell as text, numbers marked as such (they must be numbers, not text, to be summed). */
    private static String text(org.dhatim.fastexcel.reader.Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString() + " (number)";
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case EMPTY -> "";
            default -> cell.asString();
        };
    }

    private JsonNode problem(int status, String path, String token, String language) {
        HttpResponse<String> response = ServiceHttp.on(port).get(path, token, language);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return ServiceHttp.json(response);
    }

    private JsonNode get(String path, String token) {
        HttpResponse<String> response = ServiceHttp.on(port).get(path, token, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EXACT.readTree(response.body());
    }

    private static List<String> cells(JsonNode answer) {
        return answer.get("cells").valueStream().map(MeasuresIT::cell).toList();
    }

    private static String cell(JsonNode cell) {
        return cell.get("suppressed").asBoolean() ? cell.get("key").asString() + "=suppressed"
                : cell.get("key").asString() + "=" + cell.get("amount").decimalValue().toPlainString() + "/" + cell.get("redemptions").asLong() + "/"
                        + cell.get("shoppers").asLong();
    }

    private static String voucherCell(JsonNode cell) {
        return cell.get("suppressed").asBoolean() ? cell.get("key").asString() + "=suppressed"
                : cell.get("key").asString() + "=" + cell.get("sold").asLong() + "/" + String.join("/", java.util.stream.Stream.of("soldValue",
                        "redeemed", "breakage", "refunds", "outstanding").map(f -> cell.get(f).decimalValue().toPlainString()).toList());
    }

    private static List<String> flows(JsonNode flows) {
        return flows.valueStream().map(f -> f.get("from").asString() + ">" + f.get("to").asString() + "="
                + (f.get("suppressed").asBoolean() ? "suppressed" : f.get("amount").decimalValue().toPlainString() + "/" + f.get("shoppers").asLong()))
                .toList();
    }

    private static Instant day(int october) {
        return Instant.parse("2026-10-%02dT10:00:00Z".formatted(october));
    }

    private static VoucherIssued issued(UUID voucher, UUID program, String issuer, String currency, long face, UUID holder, Instant at) {
        return new VoucherIssued(voucher, program, "hash-" + voucher, issuer, currency, face, face, 0, "COUNTER", "CARD", holder,
                at.plus(Duration.ofDays(1000)), at);
    }

    private static VoucherRedeemed redeemed(UUID redemption, UUID voucher, UUID merchant, long amount, String currency, long balanceAfter, Instant at) {
        return new VoucherRedeemed(redemption, voucher, merchant, UUID.randomUUID(), amount, currency, amount, currency, "1", balanceAfter, 1, at);
    }
}

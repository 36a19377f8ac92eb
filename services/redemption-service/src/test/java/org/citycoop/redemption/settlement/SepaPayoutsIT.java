package org.citycoop.redemption.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.transform.stream.StreamSource;

import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.PayoutAccountSet;
import org.citycoop.contracts.merchant.ProgramAccepted;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.platform.security.Role;
import org.citycoop.redemption.RedemptionServiceIT;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;
import org.xml.sax.SAXException;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;

/**
 * A week of redemptions at the demo shops (three Austrian and two Slovenian ones in euro, a Hungarian
 * one in forint), settled, paid out as a SEPA credit transfer file that validates against the ISO
 * 20022 pain.001.001.09 schema and pays exactly the euro statements.
 */
@TestPropertySource(properties = "citycoop.test.isolation=sepa-payouts")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SepaPayoutsIT extends RedemptionServiceIT {

    record DemoShop(String legalName, String tradingName, String city, String country, String currency, String iban) {
        UUID merchant() {
            return DemoIds.merchant(tradingName);
        }

        UUID store() {
            return DemoIds.store(tradingName);
        }
    }

    static final List<DemoShop> SHOPS = List.of(
            new DemoShop("Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "AT", "EUR", "AT611904300234573201"),
            new DemoShop("Buchhandlung Plautz KG", "Buchhandlung Plautz", "at-gleisdorf", "AT", "EUR", "AT022050302101023600"),
            new DemoShop("Therme Radkersburg Shop GmbH", "Thermenshop Bad Radkersburg", "at-bad-radkersburg", "AT", "EUR", "AT131490022010010999"),
            new DemoShop("Lekarna Ptuj d.o.o.", "Lekarna Ptuj", "si-ptuj", "SI", "EUR", "SI56263300012039086"),
            new DemoShop("Radenska vinoteka d.o.o.", "Vinoteka Radenci", "si-radenci", "SI", "EUR", "SI56191000000123438"),
            new DemoShop("Rába Cukrászda Kft.", "Rába Cukrászda", "hu-szentgotthard", "HU", "HUF", "HU42117730161111101800000000"));

    final UUID regional = UUID.randomUUID();
    final UUID forint = UUID.randomUUID();
    final LocalDate monday = LocalDate.now(Settlements.ZONE).minusWeeks(1).with(DayOfWeek.MONDAY);

    @BeforeAll
    void aWeekOfRedemptionsIsSettled() {
        List<String> euroCities = SHOPS.stream().filter(s -> s.currency().equals("EUR")).map(DemoShop::city).toList();
        KafkaSender.publish(new ProgramActivated(regional,
                Map.of("de", "Regionsgutschein", "sl", "Regijski bon", "hu", "Regionális utalvány", "en", "Regional voucher"), "cooperation", "EUR", "CITIES",
                euroCities, 36, Instant.now()));
        KafkaSender.publish(new ProgramActivated(forint,
                Map.of("de", "Szentgotthárd", "sl", "Szentgotthárd", "hu", "Szentgotthárdi utalvány", "en", "Szentgotthárd"), "hu-szentgotthard", "HUF", "CITY",
                List.of("hu-szentgotthard"), 12, Instant.now()));
        for (DemoShop shop : SHOPS) {
            KafkaSender.publish(new MerchantRegistered(shop.merchant(), shop.legalName(), shop.tradingName(), shop.city(), shop.country(), "47.11", Instant.now()));
            KafkaSender.publish(new StoreOpened(shop.store(), shop.merchant(), shop.tradingName(), shop.city(), Instant.now()));
            KafkaSender.publish(new ProgramAccepted(shop.merchant(), shop.currency().equals("EUR") ? regional : forint, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM acceptance") == SHOPS.size());

        // every shop, every day of last week: three vouchers, 12.50 / 7.30 / 20.00 (or 5,000 / 2,500 / 900 forints) off each
        record Sale(DemoShop shop, int day, VoucherCode code, String amount) {
        }
        List<Sale> sales = new ArrayList<>();
        for (DemoShop shop : SHOPS) {
            boolean euro = shop.currency().equals("EUR");
            List<String> amounts = euro ? List.of("12.50", "7.30", "20") : List.of("5000", "2500", "900");
            for (int day = 0; day < 7; day++) {
                for (String amount : amounts) {
                    VoucherCode code = VoucherCode.generate();
                    KafkaSender.publish(new VoucherIssued(UUID.randomUUID(), euro ? regional : forint, code.keyedHash(Base64.getDecoder().decode(hashKey)),
                            euro ? "cooperation" : "hu-szentgotthard", shop.currency(), euro ? 5000 : 10000, euro ? 5000 : 10000, 0, "COUNTER", "CASH", null,
                            Instant.now().plus(365, ChronoUnit.DAYS), Instant.now()));
                    sales.add(new Sale(shop, day, code, amount));
                }
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM voucher") == sales.size());
        for (Sale sale : sales) {
            String till = TestTokens.token().subject("terminal-" + sale.shop().tradingName()).roles(Role.TERMINAL).merchant(sale.shop().merchant())
                    .store(sale.shop().store()).sign();
            var redeemed = ServiceHttp.on(port).call("POST", "/api/checkout/redemptions", till, "{\"code\":\"" + sale.code().value() + "\",\"amount\":"
                    + sale.amount() + ",\"currency\":\"" + sale.shop().currency() + "\"}", "en", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(201);
            String id = ServiceHttp.JSON.readTree(redeemed.body()).get("redemptionId").asString();
            Instant at = monday.plusDays(sale.day()).atTime(9 + sales.indexOf(sale) % 9, 15).atZone(Settlements.ZONE).toInstant();
            jdbc.sql("UPDATE redemption SET at = :at WHERE id = :id").param("at", Timestamp.from(at)).param("id", UUID.fromString(id)).update();
        }
        // the Radenci wine shop's account is not known yet
        SHOPS.stream().filter(shop -> !shop.tradingName().equals("Vinoteka Radenci"))
                .forEach(shop -> KafkaSender.publish(new PayoutAccountSet(shop.merchant(), shop.legalName(), shop.iban(), Instant.now())));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM payout_account") == SHOPS.size() - 1);
        var settled = ServiceHttp.on(port).call("POST", "/api/settlements", TestTokens.operator(), week(), "en");
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        assertThat(ServiceHttp.JSON.readTree(settled.body()).size()).isEqualTo(SHOPS.size());
    }

    @Test
    void theWeeksEuroPayoutsAreOneSepaFileThatValidatesAgainstThePain001Schema() throws Exception {
        DemoShop radenci = SHOPS.get(4);
        var waiting = ServiceHttp.on(port).get(payouts(), TestTokens.operator(), "sl");
        assertThat(waiting.statusCode()).as("Radenci has no payout account yet").isEqualTo(409);
        assertThat(waiting.body()).contains("račun za izplačilo").contains(radenci.merchant().toString());
        KafkaSender.publish(new PayoutAccountSet(radenci.merchant(), radenci.legalName(), radenci.iban(), Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM payout_account") == SHOPS.size());

        var file = ServiceHttp.on(port).get(payouts(), TestTokens.operator(), "en");
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains(".pain.001.xml");
        String xml = file.body();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"").contains("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">");
        SepaPayouts.loadSchema().newValidator().validate(new StreamSource(new StringReader(xml)));
        String fourLetterCurrency = xml.replaceFirst("Ccy=\"EUR\"", "Ccy=\"EURO\"");
        assertThat(fourLetterCurrency).isNotEqualTo(xml);
        assertThatThrownBy(() -> SepaPayouts.loadSchema().newValidator().validate(new StreamSource(new StringReader(fourLetterCurrency))))
                .as("the schema can refuse").isInstanceOf(SAXException.class);

        var pain = MxPain00100109.parse(xml);
        var header = pain.getCstmrCdtTrfInitn().getGrpHdr();
        List<CreditTransferTransaction34> transfers = pain.getCstmrCdtTrfInitn().getPmtInf().stream().flatMap(p -> p.getCdtTrfTxInf().stream()).toList();
        record Owed(UUID id, long payout) {
        }
        List<Owed> euroStatements = jdbc.sql("SELECT id, payout FROM settlement WHERE currency = 'EUR' AND period_from = :monday")
                .param("monday", monday).query(Owed.class).list();
        assertThat(euroStatements).hasSize(5);
        BigDecimal owed = BigDecimal.valueOf(euroStatements.stream().mapToLong(Owed::payout).sum(), 2);
        assertThat(owed).isEqualByComparingTo("1393.00"); // 5 shops x 7 days x (12.50 + 7.30 + 20.00)
        assertThat(header.getNbOfTxs()).isEqualTo("5");
        assertThat(header.getCtrlSum()).isEqualByComparingTo(owed);
        assertThat(header.getMsgId()).isEqualTo("CITYCOOP-" + monday.toString().replace("-", "") + "-" + monday.plusDays(6).toString().replace("-", ""));
        assertThat(transfers).extracting(t -> t.getPmtId().getEndToEndId())
                .containsExactlyInAnyOrderElementsOf(euroStatements.stream().map(s -> s.id().toString().replace("-", "")).toList());
        assertThat(transfers).extracting(t -> t.getAmt().getInstdAmt().getValue()).allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("278.60"));
        assertThat(transfers).extracting(t -> t.getCdtr().getNm())
                .containsExactlyInAnyOrder("Backerei Fasching GmbH", "Buchhandlung Plautz KG", "Therme Radkersburg Shop GmbH", "Lekarna Ptuj d.o.o.",
                        "Radenska vinoteka d.o.o.");
        assertThat(xml).as("forints are not SEPA").doesNotContain(SHOPS.get(5).iban()).contains(SHOPS.get(0).iban());
        List<PaymentInstruction30> payments = pain.getCstmrCdtTrfInitn().getPmtInf();
        assertThat(payments).as("one payment per paying city, the merchants' seats").hasSize(5)
                .allSatisfy(p -> assertThat(p.getCdtTrfTxInf()).hasSize(1)).allSatisfy(p -> assertThat(p.getPmtTpInf().getSvcLvl().getFirst().getCd()).isEqualTo("SEPA"));
        PaymentInstruction30 payment = payments.getFirst();
        assertThat(payment.getUltmtDbtr().getNm()).isEqualTo(org.citycoop.contracts.network.PartnerCity.byCode("at-bad-radkersburg").orElseThrow().officialName());
        assertThat(payment.getCdtTrfTxInf().getFirst().getCdtr().getNm()).isEqualTo("Therme Radkersburg Shop GmbH");
        assertThat(payment.getReqdExctnDt().getDt()).isAfter(LocalDate.now(Settlements.ZONE));
        assertThat(payment.getReqdExctnDt().getDt().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        var again = ServiceHttp.on(port).get(payouts(), TestTokens.operator(), "en");
        assertThat(MxPain00100109.parse(again.body()).getCstmrCdtTrfInitn().getGrpHdr().getMsgId()).as("the bank refuses the same file twice")
                .isEqualTo(header.getMsgId());
        var csv = ServiceHttp.on(port).get("/api/settlements/payouts.csv?from=" + monday + "&to=" + monday.plusDays(6), TestTokens.operator(), "en");
        assertThat(csv.body()).as("the forint payout is in the CSV").contains(SHOPS.get(5).iban() + ",hu-szentgotthard,HUF,58800,");
    }

    @Test
    void badRequestsForTheFileAreNamed() {
        String operator = TestTokens.operator();
        var past = ServiceHttp.on(port).get(payouts() + "&execution=" + monday, operator, "de");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("execution").contains("heute oder später");
        assertThat(ServiceHttp.on(port).get("/api/settlements/payouts.xml?from=" + monday, operator, "en").statusCode()).isEqualTo(400);
        assertThat(ServiceHttp.on(port).get("/api/settlements/payouts.xml?from=" + monday + "&to=x", operator, "en").statusCode()).isEqualTo(400);
        var nothing = ServiceHttp.on(port).get("/api/settlements/payouts.xml?from=2020-01-06&to=2020-01-12", operator, "hu");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("euró");
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(SHOPS.getFirst().merchant()).sign();
        assertThat(ServiceHttp.on(port).get(payouts(), owner, "en").statusCode()).isEqualTo(403);
    }

    @Test
    void textIsCutToTheSepaCharacterSet() {
        assertThat(SepaPayouts.sepaText("Rába Cukrászda Kft. & Söhne – Straße №1", 70)).isEqualTo("Raba Cukraszda Kft. + Sohne Strasse 1");
        assertThat(SepaPayouts.sepaText("Zdraviliško naselje ".repeat(10), 70)).hasSizeLessThanOrEqualTo(70).startsWith("Zdravilisko naselje");
        assertThat(org.citycoop.redemption.settlement.decision.PayingOut.nextWorkingDay(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(org.citycoop.redemption.settlement.decision.PayingOut.nextWorkingDay(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    private String week() {
        return "{\"from\":\"" + monday + "\",\"to\":\"" + monday.plusDays(6) + "\"}";
    }

    private String payouts() {
        return "/api/settlements/payouts.xml?from=" + monday + "&to=" + monday.plusDays(6);
    }
}

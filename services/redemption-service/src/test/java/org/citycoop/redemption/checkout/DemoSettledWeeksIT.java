package org.citycoop.redemption.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import javax.xml.transform.stream.StreamSource;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.PayoutAccountSet;
import org.citycoop.contracts.merchant.ProgramAccepted;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.platform.security.Role;
import org.citycoop.redemption.RedemptionServiceIT;
import org.citycoop.redemption.settlement.PayoutFileSchema;
import org.citycoop.testsupport.ContractEvents;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.TestTokens;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.prowidesoftware.swift.model.mx.MxPain00100109;

import tools.jackson.databind.JsonNode;

/**
 * The demo's settled past weeks, as after {@code ./citycoop up}: redemption-service waits for what the other
 * services' demo data announces (the demo shops, their acceptances and payout accounts, the paper vouchers;
 * sent here to the real broker as those services send them), then redeems and settles the three past ISO
 * weeks. An owner sees the Feldbach bakery's statements, an operator downloads a pain.001 that validates
 * against ISO's schema and sees clearing between cities, and loading again changes nothing.
 */
@TestPropertySource(properties = {"citycoop.test.isolation=demo-settled-weeks", "citycoop.demo-data.enabled=true",
        "citycoop.demo-data.settled-weeks-wait=PT3M"})
class DemoSettledWeeksIT extends RedemptionServiceIT {

    @RegisterExtension
    static final KafkaTap redemptionEvents = KafkaTap.on(Topics.REDEMPTION_EVENTS);

    record Program(String name, String issuer, String currency, List<String> cities) {
    }

    static final List<Program> PROGRAMS = List.of(new Program("Feldbach city voucher", "at-feldbach", "EUR", List.of("at-feldbach")),
            new Program("Ptuj voucher (Ptuj, Ormož, Lenart)", "si-ptuj", "EUR", List.of("si-ptuj", "si-ormoz", "si-lenart")),
            new Program("Lenti voucher", "hu-lenti", "HUF", List.of("hu-lenti")),
            new Program("City Cooperation regional voucher", "cooperation", "EUR", PartnerCity.codes()));

    @Autowired
    DemoSettledWeeks demo;

    @Test
    void afterTheOtherServicesDemoDataThePastWeeksAreRedeemedAndSettledOnceForStatementsSepaAndClearing() throws Exception {
        theOtherServicesDemoDataArrives();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(demo::loaded);
        assertThat(demo.missing()).isEmpty();

        LocalDate today = LocalDate.now(DemoSettledWeeksPlan.ZONE);
        List<DemoSettledWeeksPlan.Week> weeks = DemoSettledWeeksPlan.weeks(today);
        LocalDate from = weeks.getFirst().monday();
        LocalDate to = weeks.getLast().sunday();
        Map<String, Long> before = counts();
        assertThat(before).containsEntry("redemption", 20L).containsEntry("reversal", 1L).containsEntry("unsettled", 0L);
        assertThat(jdbc.sql("SELECT count(*) FROM voucher WHERE code_hash IN (:h) AND balance = 0").param("h", hashes()).query(Long.class).single())
                .as("every paper voucher spent to nothing").isEqualTo(7L);

        // the owner of the Feldbach bakery sees a statement for each past week
        UUID fasching = DemoIds.merchant("Bäckerei Fasching");
        String owner = TestTokens.token().subject(DemoIds.account("owner.fasching@citycoop.demo").toString()).roles(Role.MERCHANT_OWNER)
                .merchant(fasching).sign();
        var statements = ServiceHttp.on(port).get("/api/merchants/" + fasching + "/settlements", owner, "de");
        assertThat(statements.statusCode()).as(statements.body()).isEqualTo(200);
        JsonNode lines = ServiceHttp.JSON.readTree(statements.body());
        Set<String> periods = new HashSet<>();
        lines.forEach(line -> periods.add(line.get("periodFrom").asString() + "/" + line.get("periodTo").asString()));
        assertThat(periods).containsExactlyInAnyOrderElementsOf(weeks.stream().map(week -> week.monday() + "/" + week.sunday()).toList());
        JsonNode givenBack = StreamSupport.stream(lines.spliterator(), false).filter(line -> line.get("reversed").asLong() > 0).findFirst().orElseThrow();
        assertThat(givenBack.get("reversed").asLong()).isEqualTo(500);
        assertThat(givenBack.get("periodFrom").asString()).isEqualTo(weeks.get(1).monday().toString());
        assertThat(jdbc.sql("SELECT count(DISTINCT merchant_id) FROM settlement").query(Long.class).single()).as("every demo shop has statements")
                .isEqualTo(DemoSettledWeeksPlan.SHOPS.size());

        // the operator's SEPA file of the three weeks validates against pain.001.001.09 and pays every euro statement
        var file = ServiceHttp.on(port).get("/api/settlements/payouts.xml?from=" + from + "&to=" + to, TestTokens.operator(), "en");
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        PayoutFileSchema.pain001().newValidator().validate(new StreamSource(new StringReader(file.body())));
        var pain = MxPain00100109.parse(file.body());
        long euroPayouts = jdbc.sql("SELECT sum(payout) FROM settlement WHERE currency = 'EUR'").query(Long.class).single();
        assertThat(pain.getCstmrCdtTrfInitn().getGrpHdr().getCtrlSum()).isEqualByComparingTo(BigDecimal.valueOf(euroPayouts, 2));
        assertThat(pain.getCstmrCdtTrfInitn().getGrpHdr().getNbOfTxs())
                .isEqualTo(String.valueOf(jdbc.sql("SELECT count(*) FROM settlement WHERE currency = 'EUR' AND payout > 0").query(Long.class).single()));

        // clearing: the cooperation owes the cities where its regional voucher was spent, in euro and in forint
        var clearing = ServiceHttp.on(port).get("/api/clearing?from=" + from + "&to=" + to, TestTokens.operator(), "en");
        assertThat(clearing.statusCode()).as(clearing.body()).isEqualTo(200);
        JsonNode gross = ServiceHttp.JSON.readTree(clearing.body()).get("gross");
        Set<String> creditors = new HashSet<>();
        Set<String> currencies = new HashSet<>();
        gross.forEach(owed -> {
            assertThat(owed.get("debtor").asString()).isNotEqualTo(owed.get("creditor").asString());
            creditors.add(owed.get("creditor").asString());
            currencies.add(owed.get("currency").asString());
        });
        assertThat(creditors).contains("at-feldbach", "si-ptuj", "hu-lenti", "hu-szentgotthard").hasSizeGreaterThanOrEqualTo(2);
        assertThat(currencies).containsExactlyInAnyOrder("EUR", "HUF");
        assertThat(StreamSupport.stream(gross.spliterator(), false)
                .filter(owed -> owed.get("debtor").asString().equals("cooperation") && owed.get("creditor").asString().equals("at-feldbach")).findFirst()
                .orElseThrow().get("amount").asLong()).as("the regional voucher's 23.50 at the bakery").isEqualTo(2350);
        assertThat(ServiceHttp.JSON.readTree(clearing.body()).get("net").size()).isGreaterThanOrEqualTo(2);

        // the redemptions went out as events through the outbox, like any till's
        List<UUID> redemptions = jdbc.sql("SELECT id FROM redemption").query(UUID.class).list();
        await().atMost(Duration.ofSeconds(30)).until(() -> redemptionEvents.records().stream()
                .filter(r -> KafkaTap.header(r, "ce_type").endsWith("voucher-redeemed.v1"))
                .map(r -> ContractEvents.decoded(json, r, org.citycoop.contracts.redemption.VoucherRedeemed.class))
                .filter(redeemed -> redemptions.contains(redeemed.redemptionId())).count() == 20);
        // and each week's statements as MerchantSettled, decoded as the contracts read them
        List<UUID> statementIds = jdbc.sql("SELECT id FROM settlement").query(UUID.class).list();
        await().atMost(Duration.ofSeconds(30)).until(() -> redemptionEvents.records().stream()
                .filter(r -> KafkaTap.header(r, "ce_type").endsWith("merchant-settled.v1"))
                .map(r -> ContractEvents.decoded(json, r, org.citycoop.contracts.redemption.MerchantSettled.class))
                .map(org.citycoop.contracts.redemption.MerchantSettled::settlementId).filter(statementIds::contains).distinct().count() == statementIds.size());

        // up again: the set is loaded before, nothing is redeemed or settled twice
        demo.loadNow();
        demo.loadWhenReady();
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM demo_data_set WHERE name = :n").param("n", DemoSettledWeeks.NAME).query(Long.class).single()).isEqualTo(1L);
    }

    private Map<String, Long> counts() {
        return Map.of("redemption", count("SELECT count(*) FROM redemption"), "reversal", count("SELECT count(*) FROM reversal"),
                "settlement", count("SELECT count(*) FROM settlement"), "unsettled", count("SELECT count(*) FROM redemption WHERE settlement_id IS NULL"),
                "payout", count("SELECT coalesce(sum(payout), 0) FROM settlement"));
    }

    private void theOtherServicesDemoDataArrives() {
        Instant now = Instant.now();
        for (Program program : PROGRAMS) {
            KafkaSender.publish(new ProgramActivated(DemoIds.program(program.name()), Map.of("de", program.name(), "sl", program.name(), "hu", program.name(), "en",
                    program.name()), program.issuer(), program.currency(), "CITIES", program.cities(), 36, now));
        }
        DemoSettledWeeksPlan.SHOPS.forEach((shop, city) -> {
            UUID merchant = DemoIds.merchant(shop);
            String country = city.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
            KafkaSender.publish(new MerchantRegistered(merchant, shop + " GmbH", shop, city, country, "47.11", now));
            KafkaSender.publish(new StoreOpened(DemoIds.store(shop), merchant, shop, city, now));
            KafkaSender.publish(new PayoutAccountSet(merchant, shop + " GmbH", Iban.random(CountryCode.valueOf(country)).toString(), now));
            PROGRAMS.stream().filter(program -> program.cities().contains(city)).forEach(program -> KafkaSender.publish(new ProgramAccepted(merchant,
                    DemoIds.program(program.name()), now)));
        });
        byte[] key = Base64.getDecoder().decode(hashKey);
        for (DemoIds.SettledWeeksVoucher voucher : DemoIds.SETTLED_WEEKS_VOUCHERS) {
            Program program = PROGRAMS.stream().filter(p -> p.name().equals(voucher.program())).findFirst().orElseThrow();
            long price = new BigDecimal(voucher.price()).movePointRight(program.currency().equals("EUR") ? 2 : 0).longValueExact();
            long face = program.issuer().equals("si-ptuj") ? price * 11 / 10 : price; // the Ptuj voucher's 10 % bonus
            KafkaSender.publish(new VoucherIssued(UUID.nameUUIDFromBytes(voucher.label().getBytes(StandardCharsets.UTF_8)), DemoIds.program(program.name()),
                    voucher.code().keyedHash(key), program.issuer(), program.currency(), face, price, face - price, "COUNTER", "CASH", null,
                    now.plus(1095, ChronoUnit.DAYS), now));
        }
    }

    private List<String> hashes() {
        byte[] key = Base64.getDecoder().decode(hashKey);
        return DemoIds.SETTLED_WEEKS_VOUCHERS.stream().map(voucher -> voucher.code().keyedHash(key)).toList();
    }
}

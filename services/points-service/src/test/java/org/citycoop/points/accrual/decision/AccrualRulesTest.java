package org.citycoop.points.accrual.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.points.accrual.decision.AccrualRules.Accrual;
import org.citycoop.points.accrual.decision.AccrualRules.Line;
import org.citycoop.points.accrual.decision.AccrualRules.Purchase;
import org.citycoop.points.accrual.decision.AccrualRules.Reason;
import org.junit.jupiter.api.Test;

/**
 * The rules as examples. The rule set of winter 2026: 1 point per euro (400 forints count as a euro),
 * books (NACE 47.61) 1.5×, double points in Advent in Ptuj and in Feldbach (29 November to 23
 * December, local time), 20 points for shopping in another partner city of one's country, 50 for
 * shopping across the border, at most 300 points a day.
 */
class AccrualRulesTest {

    static final UUID FASCHING = UUID.randomUUID();
    static final UUID PLAUTZ = UUID.randomUUID();
    static final UUID TERMAL_BOLT = UUID.randomUUID();

    static final RuleSet WINTER = new RuleSet(1, LocalDate.of(2026, 1, 1), new BigDecimal("1"), new BigDecimal("400"),
            Map.of("47.61", new BigDecimal("1.5")), Map.of(),
            List.of(new RuleSet.Campaign("Advent in Ptuj", new BigDecimal("2"), LocalDateTime.of(2026, 11, 29, 0, 0), LocalDateTime.of(2026, 12, 24, 0, 0),
                    List.of("si-ptuj")),
                    new RuleSet.Campaign("Advent in Feldbach", new BigDecimal("2"), LocalDateTime.of(2026, 11, 29, 0, 0), LocalDateTime.of(2026, 12, 24, 0, 0),
                            List.of("at-feldbach"))),
            20, 50, 300);

    static Purchase bakeryInFeldbach(String homeCity, String euros, String at) {
        return new Purchase(FASCHING, "10.71", "at-feldbach", homeCity, Money.ofMajor(new BigDecimal(euros), Currency.EUR), Instant.parse(at));
    }

    @Test
    void aPtujResidentBuyingAtTheFeldbachBakeryInAdventGetsBaseDoubleAndTheCrossBorderBonus() {
        Accrual accrual = AccrualRules.evaluate(WINTER, bakeryInFeldbach("si-ptuj", "23.90", "2026-12-05T09:00:00Z"), 0);
        assertThat(accrual.lines()).containsExactly(
                new Line(Reason.BASE, "EUR", 23),
                new Line(Reason.CAMPAIGN, "2× Advent in Feldbach", 23),
                new Line(Reason.CROSS_BORDER, "SI→AT", 50));
        assertThat(accrual.points()).isEqualTo(96);
    }

    @Test
    void theCampaignStartsAtMidnightInTheCitysTimeZoneAndEndsBeforeTheLastMidnight() {
        // Feldbach is on Central European Time: midnight of 29 November is 23:00 UTC the evening before
        assertThat(AccrualRules.evaluate(WINTER, bakeryInFeldbach("at-feldbach", "10", "2026-11-28T22:59:59Z"), 0).points()).isEqualTo(10);
        assertThat(AccrualRules.evaluate(WINTER, bakeryInFeldbach("at-feldbach", "10", "2026-11-28T23:00:00Z"), 0).points()).isEqualTo(20);
        assertThat(AccrualRules.evaluate(WINTER, bakeryInFeldbach("at-feldbach", "10", "2026-12-23T22:59:59Z"), 0).points()).isEqualTo(20);
        assertThat(AccrualRules.evaluate(WINTER, bakeryInFeldbach("at-feldbach", "10", "2026-12-23T23:00:00Z"), 0).points()).isEqualTo(10);
    }

    @Test
    void aFeldbachResidentBuyingABookInGleisdorfGetsTheBookSectorsHalfAgainAndTheCrossCityBonus() {
        Purchase book = new Purchase(PLAUTZ, "47.61", "at-gleisdorf", "at-feldbach", Money.ofMajor(new BigDecimal("40.00"), Currency.EUR),
                Instant.parse("2026-11-10T15:00:00Z"));
        Accrual accrual = AccrualRules.evaluate(WINTER, book, 0);
        assertThat(accrual.lines()).containsExactly(new Line(Reason.BASE, "EUR", 40), new Line(Reason.SECTOR, "47.61 ×1.5", 20),
                new Line(Reason.CROSS_CITY, "at-feldbach→at-gleisdorf", 20));
        assertThat(accrual.points()).isEqualTo(80);
    }

    @Test
    void forintsCountAtFourHundredToTheEuroRoundedDown() {
        Purchase justUnder = new Purchase(TERMAL_BOLT, "47.75", "hu-lenti", "hu-lenti", Money.of(9_999, Currency.HUF), Instant.parse("2026-11-10T10:00:00Z"));
        Purchase exactly = new Purchase(TERMAL_BOLT, "47.75", "hu-lenti", "hu-lenti", Money.of(10_000, Currency.HUF), Instant.parse("2026-11-10T10:00:00Z"));
        assertThat(AccrualRules.evaluate(WINTER, justUnder, 0).points()).as("24.9975 euros").isEqualTo(24);
        assertThat(AccrualRules.evaluate(WINTER, exactly, 0).points()).as("25 euros").isEqualTo(25);
        assertThat(AccrualRules.evaluate(WINTER, new Purchase(TERMAL_BOLT, "47.75", "hu-lenti", null, Money.of(399, Currency.HUF),
                Instant.parse("2026-11-10T10:00:00Z")), 0).points()).as("less than a euro's worth").isZero();
    }

    @Test
    void theDailyCapCutsWhatIsOverAndAFullDayEarnsNothing() {
        Accrual nearTheCap = AccrualRules.evaluate(WINTER, bakeryInFeldbach("si-ptuj", "23.90", "2026-12-05T09:00:00Z"), 280);
        assertThat(nearTheCap.points()).isEqualTo(20);
        assertThat(nearTheCap.lines()).last().isEqualTo(new Line(Reason.DAILY_CAP, "300", -76));
        assertThat(AccrualRules.evaluate(WINTER, bakeryInFeldbach("si-ptuj", "23.90", "2026-12-05T09:00:00Z"), 300).points()).isZero();
        assertThat(AccrualRules.evaluate(WINTER, bakeryInFeldbach("si-ptuj", "23.90", "2026-12-05T09:00:00Z"), 204).lines())
                .as("exactly at the cap: nothing cut").noneMatch(line -> line.reason() == Reason.DAILY_CAP);
    }

    @Test
    void withoutAKnownHomeCityThereIsNoAwayBonusAndAtHomeNeither() {
        assertThat(AccrualRules.evaluate(WINTER, bakeryInFeldbach(null, "10", "2026-11-10T10:00:00Z"), 0).points()).isEqualTo(10);
        assertThat(AccrualRules.evaluate(WINTER, bakeryInFeldbach("at-feldbach", "10", "2026-11-10T10:00:00Z"), 0).points()).isEqualTo(10);
    }

    @Test
    void ofTwoCampaignsInOneCityTheHigherCountsAndAMerchantMultiplierAddsItsOwnLine() {
        RuleSet generous = new RuleSet(2, LocalDate.of(2026, 1, 1), BigDecimal.ONE, new BigDecimal("400"), Map.of(), Map.of(FASCHING, new BigDecimal("1.2")),
                List.of(new RuleSet.Campaign("Feldbach week", new BigDecimal("1.5"), LocalDateTime.of(2026, 11, 1, 0, 0), LocalDateTime.of(2026, 11, 8, 0, 0),
                        List.of("at-feldbach")),
                        new RuleSet.Campaign("Opening day", new BigDecimal("3"), LocalDateTime.of(2026, 11, 3, 0, 0), LocalDateTime.of(2026, 11, 4, 0, 0),
                                List.of("at-feldbach"))),
                0, 0, 0);
        Accrual accrual = AccrualRules.evaluate(generous, bakeryInFeldbach("at-feldbach", "10", "2026-11-03T10:00:00Z"), 0);
        assertThat(accrual.lines()).containsExactly(new Line(Reason.BASE, "EUR", 10), new Line(Reason.MERCHANT, "×1.2", 2),
                new Line(Reason.CAMPAIGN, "3× Opening day", 20));
        assertThat(accrual.points()).isEqualTo(32);
    }

    @Test
    void theRuleSetInForceIsTheNewestEffectiveOnThePurchasesLocalDay() {
        RuleSet december = new RuleSet(2, LocalDate.of(2026, 12, 1), new BigDecimal("3"), new BigDecimal("400"), Map.of(), Map.of(), List.of(), 0, 0, 0);
        // 23:30 UTC on 30 November is already 1 December in Ptuj
        Purchase lateEvening = new Purchase(UUID.randomUUID(), "47.73", "si-ptuj", "si-ptuj", Money.ofMajor(BigDecimal.TEN, Currency.EUR),
                Instant.parse("2026-11-30T23:30:00Z"));
        assertThat(AccrualRules.inForce(List.of(WINTER, december), lateEvening)).contains(december);
        Purchase earlier = new Purchase(UUID.randomUUID(), "47.73", "si-ptuj", "si-ptuj", Money.ofMajor(BigDecimal.TEN, Currency.EUR),
                Instant.parse("2026-11-30T22:30:00Z"));
        assertThat(AccrualRules.inForce(List.of(WINTER, december), earlier)).contains(WINTER);
        assertThat(AccrualRules.inForce(List.of(december), earlier)).isEmpty();
        assertThat(AccrualRules.dayOf(lateEvening)).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}

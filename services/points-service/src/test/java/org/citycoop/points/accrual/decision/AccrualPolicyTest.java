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
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.points.accrual.decision.AccrualPolicy.Earning;
import org.citycoop.points.accrual.decision.AccrualRules.Line;
import org.citycoop.points.accrual.decision.AccrualRules.Purchase;
import org.citycoop.points.accrual.decision.AccrualRules.Reason;
import org.junit.jupiter.api.Test;

/** Each accrual policy alone, given a purchase and its base points. */
class AccrualPolicyTest {

    static final UUID BOOKSHOP = UUID.randomUUID();
    static final PartnerCity GLEISDORF = PartnerCity.byCode("at-gleisdorf").orElseThrow();

    static RuleSet rules(Map<String, BigDecimal> sectors, Map<UUID, BigDecimal> merchants, List<RuleSet.Campaign> campaigns, long crossCity,
            long crossBorder) {
        return new RuleSet(1, LocalDate.of(2026, 1, 1), BigDecimal.ONE, new BigDecimal("400"), sectors, merchants, campaigns, crossCity, crossBorder, 0);
    }

    static Earning earning(RuleSet rules, String homeCity, String at, long base) {
        Purchase purchase = new Purchase(BOOKSHOP, "47.61", GLEISDORF.code(), homeCity, Money.ofMajor(BigDecimal.valueOf(base), Currency.EUR),
                Instant.parse(at));
        return new Earning(rules, purchase, GLEISDORF, base);
    }

    @Test
    void givenTheBaseRateWhenAPurchaseIsEvaluatedThenEveryWholeEuroEarnsItsPointsAndCentsDoNot() {
        RuleSet oneAndAHalf = new RuleSet(1, LocalDate.of(2026, 1, 1), new BigDecimal("1.5"), new BigDecimal("400"), Map.of(), Map.of(), List.of(), 0, 0, 0);
        Purchase purchase = new Purchase(BOOKSHOP, "47.61", GLEISDORF.code(), null, Money.ofMajor(new BigDecimal("9.99"), Currency.EUR),
                Instant.parse("2026-05-01T10:00:00Z"));
        // 9.99 × 1.5 = 14.985 → 14
        assertThat(AccrualRules.evaluate(oneAndAHalf, purchase, 0).lines()).containsExactly(new Line(Reason.BASE, "EUR", 14));
    }

    @Test
    void givenASectorMultiplierWhenTheMerchantIsInTheSectorThenTheExtraIsRoundedDown() {
        RuleSet books = rules(Map.of("47.61", new BigDecimal("1.25")), Map.of(), List.of(), 0, 0);
        // 7 × 0.25 = 1.75 → 1
        assertThat(AccrualPolicy.sectorMultiplier.apply(earning(books, null, "2026-05-01T10:00:00Z", 7))).contains(new Line(Reason.SECTOR, "47.61 ×1.25", 1));
        assertThat(AccrualPolicy.sectorMultiplier.apply(earning(rules(Map.of("10.71", new BigDecimal("2")), Map.of(), List.of(), 0, 0), null,
                "2026-05-01T10:00:00Z", 7))).as("another sector").isEmpty();
    }

    @Test
    void givenAMerchantMultiplierWhenAnotherMerchantSellsThenNoLine() {
        RuleSet favoured = rules(Map.of(), Map.of(UUID.randomUUID(), new BigDecimal("3")), List.of(), 0, 0);
        assertThat(AccrualPolicy.merchantMultiplier.apply(earning(favoured, null, "2026-05-01T10:00:00Z", 10))).isEmpty();
        RuleSet ours = rules(Map.of(), Map.of(BOOKSHOP, new BigDecimal("3")), List.of(), 0, 0);
        assertThat(AccrualPolicy.merchantMultiplier.apply(earning(ours, null, "2026-05-01T10:00:00Z", 10))).contains(new Line(Reason.MERCHANT, "×3", 20));
    }

    @Test
    void givenACampaignInAnotherCityWhenBuyingInGleisdorfDuringItThenNoCampaignLine() {
        RuleSet ptujOnly = rules(Map.of(), Map.of(), List.of(new RuleSet.Campaign("Advent in Ptuj", new BigDecimal("2"), LocalDateTime.of(2026, 11, 29, 0, 0),
                LocalDateTime.of(2026, 12, 24, 0, 0), List.of("si-ptuj"))), 0, 0);
        assertThat(AccrualPolicy.highestCampaign.apply(earning(ptujOnly, null, "2026-12-05T10:00:00Z", 10))).isEmpty();
    }

    @Test
    void givenACampaignWhenItsLastLocalMomentPassesThenItStopsExactlyAtItsEnd() {
        RuleSet week = rules(Map.of(), Map.of(), List.of(new RuleSet.Campaign("Gleisdorf week", new BigDecimal("1.5"), LocalDateTime.of(2026, 5, 4, 0, 0),
                LocalDateTime.of(2026, 5, 11, 0, 0), List.of("at-gleisdorf"))), 0, 0);
        // summer time in Gleisdorf: local midnight of 11 May is 22:00 UTC on 10 May
        assertThat(AccrualPolicy.highestCampaign.apply(earning(week, null, "2026-05-10T21:59:59Z", 10)))
                .contains(new Line(Reason.CAMPAIGN, "1.5× Gleisdorf week", 5));
        assertThat(AccrualPolicy.highestCampaign.apply(earning(week, null, "2026-05-10T22:00:00Z", 10))).isEmpty();
        assertThat(AccrualPolicy.highestCampaign.apply(earning(week, null, "2026-05-03T22:00:00Z", 10))).as("its first moment counts").isPresent();
    }

    @Test
    void givenAHomeCityAbroadWhenBuyingHereThenTheCrossBorderBonusNotTheCrossCityBonus() {
        RuleSet bonuses = rules(Map.of(), Map.of(), List.of(), 20, 50);
        assertThat(AccrualPolicy.awayFromHome.apply(earning(bonuses, "hu-lenti", "2026-05-01T10:00:00Z", 10)))
                .contains(new Line(Reason.CROSS_BORDER, "HU→AT", 50));
        assertThat(AccrualPolicy.awayFromHome.apply(earning(bonuses, "at-feldbach", "2026-05-01T10:00:00Z", 10)))
                .contains(new Line(Reason.CROSS_CITY, "at-feldbach→at-gleisdorf", 20));
    }

    @Test
    void givenNoCrossBorderBonusWhenBuyingAbroadThenNoBonusAtAllNotEvenTheCrossCityOne() {
        assertThat(AccrualPolicy.awayFromHome.apply(earning(rules(Map.of(), Map.of(), List.of(), 20, 0), "hu-lenti", "2026-05-01T10:00:00Z", 10))).isEmpty();
    }

    @Test
    void givenAnUnknownHomeCityCodeWhenBuyingThenNoAwayBonus() {
        assertThat(AccrualPolicy.awayFromHome.apply(earning(rules(Map.of(), Map.of(), List.of(), 20, 50), "xx-nowhere", "2026-05-01T10:00:00Z", 10)))
                .isEmpty();
    }

    @Test
    void givenTheCurrentPoliciesThenTheLinesComeInTheStatementsOrder() {
        assertThat(AccrualPolicy.allCurrentPolicies()).containsExactly(AccrualPolicy.sectorMultiplier, AccrualPolicy.merchantMultiplier,
                AccrualPolicy.highestCampaign, AccrualPolicy.awayFromHome);
    }
}

package org.citycoop.points.accrual.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.refusal.Fault;
import org.junit.jupiter.api.Test;

/** New accrual rules as examples: the winter rules of 2027, sent on 4 December 2026, and what is wrong with their variants. */
class RulePublishingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final UUID FASCHING = UUID.fromString("0b9a3c1e-8c6f-4f0e-9d1a-2a7b5c3d4e5f");
    static final RuleSet.Campaign ADVENT_IN_PTUJ = new RuleSet.Campaign("Advent in Ptuj", new BigDecimal("2"), LocalDateTime.of(2027, 11, 28, 0, 0),
            LocalDateTime.of(2027, 12, 24, 0, 0), List.of("si-ptuj"));

    static NewRules winter(LocalDate from) {
        return new NewRules(from, new BigDecimal("1"), new BigDecimal("400"), Map.of("47.61", new BigDecimal("1.5")), Map.of(FASCHING, new BigDecimal("2")),
                List.of(ADVENT_IN_PTUJ), 20L, 50L, 300L);
    }

    @Test
    void rulesFromTomorrowArePublishedAsSent() {
        // when
        var decision = RulePublishing.decide(winter(TODAY.plusDays(1)), TODAY);
        // then
        assertThat(decision).isInstanceOfSatisfying(RulePublishing.Publish.class, publish -> {
            assertThat(publish.effectiveFrom()).isEqualTo(LocalDate.of(2026, 12, 5));
            assertThat(publish.sectorMultipliers()).containsEntry("47.61", new BigDecimal("1.5"));
            assertThat(publish.merchantMultipliers()).containsEntry(FASCHING, new BigDecimal("2"));
            assertThat(publish.campaigns()).containsExactly(ADVENT_IN_PTUJ);
            assertThat(List.of(publish.crossCityBonus(), publish.crossBorderBonus(), publish.dailyCap())).containsExactly(20L, 50L, 300L);
        });
    }

    @Test
    void rulesFromTodayAreTooLateBecauseTodaysPurchasesAccruedAlready() {
        assertThat(faults(RulePublishing.decide(winter(TODAY), TODAY))).containsExactly(Fault.of("effectiveFrom", "rules.effective-from"));
    }

    @Test
    void omittedMultipliersCampaignsBonusesAndCapAreNoneAndZero() {
        // given only the base rate
        NewRules plain = new NewRules(LocalDate.of(2027, 1, 1), new BigDecimal("1"), new BigDecimal("400"), null, null, null, null, null, null);
        // when
        var decision = RulePublishing.decide(plain, TODAY);
        // then
        assertThat(decision).isInstanceOfSatisfying(RulePublishing.Publish.class, publish -> {
            assertThat(publish.sectorMultipliers()).isEmpty();
            assertThat(publish.merchantMultipliers()).isEmpty();
            assertThat(publish.campaigns()).isEmpty();
            assertThat(List.of(publish.crossCityBonus(), publish.crossBorderBonus(), publish.dailyCap())).containsExactly(0L, 0L, 0L);
        });
    }

    @Test
    void everyBadValueIsNamedByItsFieldAtOnce() {
        // given rules wrong in every field
        RuleSet.Campaign backwards = new RuleSet.Campaign(" ", new BigDecimal("11"), LocalDateTime.of(2027, 12, 24, 0, 0), LocalDateTime.of(2027, 11, 28, 0, 0),
                List.of("xx-nowhere"));
        NewRules wrong = new NewRules(null, BigDecimal.ZERO, new BigDecimal("10001"), Map.of("shops", new BigDecimal("0.5")),
                Map.of(FASCHING, new BigDecimal("10.5")), List.of(backwards), -1L, -2L, -3L);
        // when
        List<Fault> faults = faults(RulePublishing.decide(wrong, TODAY));
        // then
        assertThat(faults).containsExactly(Fault.of("effectiveFrom", "rules.effective-from"), Fault.of("pointsPerEuro", "rules.positive"),
                Fault.of("forintsPerEuro", "rules.positive"), Fault.of("sectorMultipliers.shops", "rules.sector"),
                Fault.of("sectorMultipliers.shops", "rules.multiplier"), Fault.of("merchantMultipliers." + FASCHING, "rules.multiplier"),
                Fault.of("campaigns[0].name", "rules.campaign-name"), Fault.of("campaigns[0].multiplier", "rules.multiplier"),
                Fault.of("campaigns[0].until", "rules.campaign-window"), Fault.of("campaigns[0].cityCodes", "rules.campaign-cities"),
                Fault.of("crossCityBonus", "rules.not-negative"), Fault.of("crossBorderBonus", "rules.not-negative"),
                Fault.of("dailyCap", "rules.not-negative"));
    }

    @Test
    void aMultiplierOfOneAndOfTenAreTheBounds() {
        NewRules bounds = new NewRules(LocalDate.of(2027, 1, 1), new BigDecimal("10000"), new BigDecimal("400"),
                Map.of("47.61", BigDecimal.ONE, "56", BigDecimal.TEN), Map.of(), List.of(), 0L, 0L, 0L);

        assertThat(RulePublishing.decide(bounds, TODAY)).isInstanceOf(RulePublishing.Publish.class);
    }

    @Test
    void aCampaignOfAnEightyOneLetterNameIsRefused() {
        RuleSet.Campaign longName = new RuleSet.Campaign("A".repeat(81), new BigDecimal("2"), ADVENT_IN_PTUJ.from(), ADVENT_IN_PTUJ.until(), List.of("si-ptuj"));
        NewRules rules = new NewRules(LocalDate.of(2027, 1, 1), BigDecimal.ONE, new BigDecimal("400"), null, null, List.of(longName), null, null, null);

        assertThat(faults(RulePublishing.decide(rules, TODAY))).containsExactly(Fault.of("campaigns[0].name", "rules.campaign-name"));
    }

    private static List<Fault> faults(RulePublishing.Decision decision) {
        assertThat(decision).isInstanceOf(RulePublishing.Refused.class);
        return ((RulePublishing.Refused) decision).faults();
    }
}

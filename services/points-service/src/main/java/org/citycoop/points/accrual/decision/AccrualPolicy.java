package org.citycoop.points.accrual.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.points.accrual.decision.AccrualRules.Line;
import org.citycoop.points.accrual.decision.AccrualRules.Reason;

/**
 * One rule of extra points on top of the base: given the rule set, the purchase (in its partner city) and its base points,
 * the line it adds, or empty. Asked in order; each line shows on the shopper's statement.
 */
@FunctionalInterface
public interface AccrualPolicy {

    /** The facts a policy decides on. */
    record Earning(RuleSet rules, AccrualRules.Purchase purchase, PartnerCity city, long base) {
    }

    Optional<Line> apply(Earning earning);

    /** The merchant's sector multiplies the base (extra points rounded down). */
    AccrualPolicy sectorMultiplier = earning -> Optional.ofNullable(earning.rules().sectorMultipliers().get(earning.purchase().sector()))
            .map(sector -> new Line(Reason.SECTOR, earning.purchase().sector() + " ×" + plain(sector), extra(earning.base(), sector)));

    /** The merchant's own multiplier of the base. */
    AccrualPolicy merchantMultiplier = earning -> Optional.ofNullable(earning.rules().merchantMultipliers().get(earning.purchase().merchantId()))
            .map(merchant -> new Line(Reason.MERCHANT, "×" + plain(merchant), extra(earning.base(), merchant)));

    /** Of the campaigns running in the purchase's city at its local time (from inclusive, until exclusive), the highest. */
    AccrualPolicy highestCampaign = earning -> {
        LocalDateTime local = LocalDateTime.ofInstant(earning.purchase().at(), earning.city().zone());
        return earning.rules().campaigns().stream().filter(campaign -> campaign.covers(earning.city().code(), local))
                .max(Comparator.comparing(RuleSet.Campaign::multiplier))
                .map(campaign -> new Line(Reason.CAMPAIGN, plain(campaign.multiplier()) + "× " + campaign.name(), extra(earning.base(), campaign.multiplier())));
    };

    /** Buying away from home: cross-border (another country of the network) or else cross-city; none with the home city unknown. */
    AccrualPolicy awayFromHome = earning -> {
        Optional<PartnerCity> home = earning.purchase().homeCity() == null ? Optional.empty() : PartnerCity.byCode(earning.purchase().homeCity());
        PartnerCity city = earning.city();
        RuleSet rules = earning.rules();
        if (home.isPresent() && !home.get().country().equals(city.country()) && rules.crossBorderBonus() > 0) {
            return Optional.of(new Line(Reason.CROSS_BORDER, home.get().country() + "→" + city.country(), rules.crossBorderBonus()));
        }
        if (home.isPresent() && home.get() != city && home.get().country().equals(city.country()) && rules.crossCityBonus() > 0) {
            return Optional.of(new Line(Reason.CROSS_CITY, home.get().code() + "→" + city.code(), rules.crossCityBonus()));
        }
        return Optional.empty();
    };

    /** The rules after the base, in the order their lines are shown. */
    static java.util.List<AccrualPolicy> allCurrentPolicies() {
        return java.util.List.of(sectorMultiplier, merchantMultiplier, highestCampaign, awayFromHome);
    }

    private static long extra(long base, BigDecimal multiplier) {
        return BigDecimal.valueOf(base).multiply(multiplier.subtract(BigDecimal.ONE)).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}

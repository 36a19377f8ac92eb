package org.citycoop.points.accrual.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.jspecify.annotations.Nullable;

/**
 * How many points a purchase earns, line by line, so the shopper sees why ("2× Advent in Ptuj",
 * "cross-border bonus"):
 * <ol>
 * <li>base: the basket in euros (forints at the rule set's {@code forintsPerEuro}) × points per euro,
 *     rounded down;</li>
 * <li>multipliers of the base, each its own line of extra points (rounded down): the merchant's sector,
 *     the merchant, and the highest campaign running in the purchase's city at its local time;</li>
 * <li>a bonus for buying away from home: cross-border (another country of the network) or else
 *     cross-city (another partner city); none when the home city is unknown;</li>
 * <li>the daily cap: what the shopper already earned that day (in the purchase city's zone) counts.</li>
 * </ol>
 * The lines after the base are the {@link AccrualPolicy#allCurrentPolicies() policies}. Pure: no database, no clock.
 */
public final class AccrualRules {

    /** What a purchase is, as far as points go. */
    public record Purchase(UUID merchantId, String sector, String cityCode, @Nullable String homeCity, Money basket, Instant at) {
    }

    /** A reason for points: a stable code, what it refers to (sector, campaign, ...), and the points (negative for a cap). */
    public record Line(Reason reason, String detail, long points) {
    }

    public enum Reason {
        BASE, SECTOR, MERCHANT, CAMPAIGN, CROSS_CITY, CROSS_BORDER, DAILY_CAP
    }

    /** The points a purchase earns and why, under rule set {@code version}. */
    public record Accrual(int version, List<Line> lines, long points) {
    }

    private AccrualRules() {
    }

    /** The rule set in force on the purchase's local day: the newest effective on or before it. */
    public static Optional<RuleSet> inForce(List<RuleSet> versions, Purchase purchase) {
        LocalDate day = purchase.at().atZone(zoneOf(purchase.cityCode())).toLocalDate();
        return versions.stream().filter(rules -> !rules.effectiveFrom().isAfter(day)).max(Comparator.comparing(RuleSet::effectiveFrom)
                .thenComparing(RuleSet::version));
    }

    /** The purchase's day in its city's zone, for the daily cap. */
    public static LocalDate dayOf(Purchase purchase) {
        return purchase.at().atZone(zoneOf(purchase.cityCode())).toLocalDate();
    }

    public static Accrual evaluate(RuleSet rules, Purchase purchase, long earnedEarlierThatDay) {
        PartnerCity city = PartnerCity.byCode(purchase.cityCode())
                .orElseThrow(() -> new IllegalArgumentException("not a partner city: " + purchase.cityCode()));
        List<Line> lines = new ArrayList<>();
        BigDecimal euros = purchase.basket().currency() == Currency.HUF
                ? purchase.basket().major().divide(rules.forintsPerEuro(), 6, RoundingMode.DOWN)
                : purchase.basket().major();
        long base = euros.multiply(rules.pointsPerEuro()).setScale(0, RoundingMode.DOWN).longValueExact();
        lines.add(new Line(Reason.BASE, purchase.basket().currency().name(), base));

        AccrualPolicy.Earning earning = new AccrualPolicy.Earning(rules, purchase, city, base);
        for (AccrualPolicy policy : AccrualPolicy.allCurrentPolicies()) {
            policy.apply(earning).ifPresent(lines::add);
        }

        long earned = lines.stream().mapToLong(Line::points).sum();
        if (rules.dailyCap() > 0) {
            long room = Math.max(0, rules.dailyCap() - earnedEarlierThatDay);
            if (earned > room) {
                lines.add(new Line(Reason.DAILY_CAP, Long.toString(rules.dailyCap()), room - earned));
                earned = room;
            }
        }
        return new Accrual(rules.version(), List.copyOf(lines), earned);
    }

    private static ZoneId zoneOf(String cityCode) {
        return PartnerCity.byCode(cityCode).map(PartnerCity::zone).orElse(ZoneId.of("Europe/Vienna"));
    }
}

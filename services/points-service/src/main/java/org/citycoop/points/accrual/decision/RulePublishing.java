package org.citycoop.points.accrual.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.contracts.network.PartnerCity;
import org.jspecify.annotations.Nullable;

/**
 * A new version of the accrual rules, decided: the version to publish (omitted maps and lists empty, omitted bonuses and cap
 * zero), or every field at fault at once. It is in force from a day that has not begun yet ({@code today} is the network's,
 * from the caller); the caller numbers and stores it.
 */
public final class RulePublishing {

    private static final Pattern NACE = Pattern.compile("\\d{2}(\\.\\d{1,2})?");
    private static final BigDecimal MOST_POINTS_PER_EURO = new BigDecimal("10000");
    private static final BigDecimal MOST_MULTIPLIER = BigDecimal.TEN;
    private static final int LONGEST_CAMPAIGN_NAME = 80;

    /** What new rules come to. */
    public sealed interface Decision permits Publish, Refused {
    }

    /** Publish these rules from {@code effectiveFrom}. */
    public record Publish(LocalDate effectiveFrom, BigDecimal pointsPerEuro, BigDecimal forintsPerEuro, Map<String, BigDecimal> sectorMultipliers,
            Map<UUID, BigDecimal> merchantMultipliers, List<RuleSet.Campaign> campaigns, long crossCityBonus, long crossBorderBonus, long dailyCap)
            implements Decision {
    }

    /** Publish nothing: each field at fault, in the order of the request. */
    public record Refused(List<Fault> faults) implements Decision {
        public Refused {
            faults = List.copyOf(faults);
        }
    }

    private RulePublishing() {
    }

    public static Decision decide(NewRules rules, LocalDate today) {
        List<Fault> faults = new ArrayList<>();
        if (rules.effectiveFrom() == null || !rules.effectiveFrom().isAfter(today)) {
            faults.add(Fault.of("effectiveFrom", "rules.effective-from"));
        }
        positive(rules.pointsPerEuro(), "pointsPerEuro", faults);
        positive(rules.forintsPerEuro(), "forintsPerEuro", faults);
        Map<String, BigDecimal> sectors = rules.sectorMultipliers() == null ? Map.of() : rules.sectorMultipliers();
        sectors.forEach((sector, multiplier) -> {
            if (!NACE.matcher(sector).matches()) {
                faults.add(Fault.of("sectorMultipliers." + sector, "rules.sector"));
            }
            multiplier(multiplier, "sectorMultipliers." + sector, faults);
        });
        Map<UUID, BigDecimal> merchants = rules.merchantMultipliers() == null ? Map.of() : rules.merchantMultipliers();
        merchants.forEach((merchant, multiplier) -> multiplier(multiplier, "merchantMultipliers." + merchant, faults));
        List<RuleSet.Campaign> campaigns = rules.campaigns() == null ? List.of() : rules.campaigns();
        for (int i = 0; i < campaigns.size(); i++) {
            RuleSet.Campaign campaign = campaigns.get(i);
            String field = "campaigns[" + i + "]";
            if (campaign.name() == null || campaign.name().isBlank() || campaign.name().length() > LONGEST_CAMPAIGN_NAME) {
                faults.add(Fault.of(field + ".name", "rules.campaign-name"));
            }
            multiplier(campaign.multiplier(), field + ".multiplier", faults);
            if (campaign.from() == null || campaign.until() == null || !campaign.from().isBefore(campaign.until())) {
                faults.add(Fault.of(field + ".until", "rules.campaign-window"));
            }
            if (campaign.cityCodes().isEmpty() || campaign.cityCodes().stream().anyMatch(city -> PartnerCity.byCode(city).isEmpty())) {
                faults.add(Fault.of(field + ".cityCodes", "rules.campaign-cities"));
            }
        }
        notNegative(rules.crossCityBonus(), "crossCityBonus", faults);
        notNegative(rules.crossBorderBonus(), "crossBorderBonus", faults);
        notNegative(rules.dailyCap(), "dailyCap", faults);
        if (!faults.isEmpty()) {
            return new Refused(faults);
        }
        return new Publish(Objects.requireNonNull(rules.effectiveFrom()), Objects.requireNonNull(rules.pointsPerEuro()),
                Objects.requireNonNull(rules.forintsPerEuro()), sectors, merchants, campaigns, orZero(rules.crossCityBonus()),
                orZero(rules.crossBorderBonus()), orZero(rules.dailyCap()));
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    /** Above zero, at most 10,000. */
    private static void positive(@Nullable BigDecimal value, String field, List<Fault> faults) {
        if (value == null || value.signum() <= 0 || value.compareTo(MOST_POINTS_PER_EURO) > 0) {
            faults.add(Fault.of(field, "rules.positive"));
        }
    }

    /** From 1 (as many points as without) to 10. */
    private static void multiplier(@Nullable BigDecimal value, String field, List<Fault> faults) {
        if (value == null || value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(MOST_MULTIPLIER) > 0) {
            faults.add(Fault.of(field, "rules.multiplier"));
        }
    }

    private static void notNegative(@Nullable Long value, String field, List<Fault> faults) {
        if (value != null && value < 0) {
            faults.add(Fault.of(field, "rules.not-negative"));
        }
    }
}

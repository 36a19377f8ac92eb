package org.citycoop.points.accrual.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of the accrual rules, in force from {@code effectiveFrom} (a day in the purchase city's
 * time zone) until the next version.
 *
 * @param pointsPerEuro   base points per euro spent (forints count at {@code forintsPerEuro})
 * @param forintsPerEuro  how many forints count as one euro, so EUR and HUF purchases earn alike
 * @param sectorMultipliers   NACE class → multiplier of the base points (1.5 = half as many again)
 * @param merchantMultipliers merchant → multiplier of the base points
 * @param campaigns       time-boxed multipliers in some cities; of those that apply, the highest counts
 * @param crossCityBonus  points for buying in a partner city other than the shopper's home city (same country)
 * @param crossBorderBonus points for buying in another country of the network (instead of the cross-city bonus)
 * @param dailyCap        most points a shopper earns in a day (0: no cap)
 */
public record RuleSet(int version, LocalDate effectiveFrom, BigDecimal pointsPerEuro, BigDecimal forintsPerEuro,
        Map<String, BigDecimal> sectorMultipliers, Map<UUID, BigDecimal> merchantMultipliers, List<Campaign> campaigns,
        long crossCityBonus, long crossBorderBonus, long dailyCap) {

    public RuleSet {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        sectorMultipliers = Map.copyOf(sectorMultipliers);
        merchantMultipliers = Map.copyOf(merchantMultipliers);
        campaigns = List.copyOf(campaigns);
    }

    /**
     * A campaign: {@code multiplier} × the base points for purchases in {@code cityCodes} from
     * {@code from} (inclusive) until {@code until} (exclusive), both in the purchase city's local time.
     */
    public record Campaign(String name, BigDecimal multiplier, LocalDateTime from, LocalDateTime until, List<String> cityCodes) {

        public Campaign {
            cityCodes = cityCodes == null ? List.of() : List.copyOf(cityCodes);
        }

        public boolean covers(String cityCode, LocalDateTime localTime) {
            return cityCodes.contains(cityCode) && !localTime.isBefore(from) && localTime.isBefore(until);
        }
    }
}

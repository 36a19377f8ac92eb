package org.citycoop.points.accrual.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A new version of the accrual rules as an operator sends it; null where omitted. */
public record NewRules(@Nullable LocalDate effectiveFrom, @Nullable BigDecimal pointsPerEuro, @Nullable BigDecimal forintsPerEuro,
        @Nullable Map<String, BigDecimal> sectorMultipliers, @Nullable Map<UUID, BigDecimal> merchantMultipliers,
        @Nullable List<RuleSet.Campaign> campaigns, @Nullable Long crossCityBonus, @Nullable Long crossBorderBonus, @Nullable Long dailyCap) {
}

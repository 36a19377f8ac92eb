package org.citycoop.points.accrual;

import org.citycoop.points.accrual.decision.AccrualRules;
import org.citycoop.points.accrual.decision.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The stored versions of the accrual rules (table {@code rule_set}, bodies as JSON). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RuleSets {

    /** A rule set's body as stored. */
    record Body(BigDecimal pointsPerEuro, BigDecimal forintsPerEuro, Map<String, BigDecimal> sectorMultipliers, Map<UUID, BigDecimal> merchantMultipliers,
            List<RuleSet.Campaign> campaigns, long crossCityBonus, long crossBorderBonus, long dailyCap) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /** What {@link #forDay} last read, and the network's day then. */
    private record Loaded(List<RuleSet> sets, LocalDate day) {
    }

    private volatile Loaded loaded;

    /**
     * The rule sets that can be in force on {@code day}, read once and kept: a rule set is only ever
     * added (never changed) and only from a day after the day it is added (in the network's zone,
     * {@link RuleAdministration}), so what was read on day D is complete for every purchase day up
     * to D. Purchases of a later day read again.
     */
    public List<RuleSet> forDay(LocalDate day) {
        Loaded current = loaded;
        if (current == null || day.isAfter(current.day())) {
            LocalDate today = LocalDate.now(RuleAdministration.NETWORK); // before reading: a set added meanwhile starts after today
            current = new Loaded(all(), today);
            loaded = current;
        }
        return current.sets();
    }

    /** Every stored rule set, read now. */
    public List<RuleSet> all() {
        record Row(int version, LocalDate effectiveFrom, String body) {
        }
        return jdbc.sql("SELECT version, effective_from, body::text AS body FROM rule_set ORDER BY version").query(Row.class).list().stream()
                .map(row -> {
                    Body body = json.readValue(row.body(), Body.class);
                    return new RuleSet(row.version(), row.effectiveFrom(), body.pointsPerEuro(), body.forintsPerEuro(), body.sectorMultipliers(),
                            body.merchantMultipliers(), body.campaigns(), body.crossCityBonus(), body.crossBorderBonus(), body.dailyCap());
                }).toList();
    }
}

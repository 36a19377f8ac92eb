package org.citycoop.points.accrual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The stored versions of the accrual rules (table {@code rule_set}, bodies as JSON). */
@Component
public class RuleSets {

    /** A rule set's body as stored. */
    record Body(BigDecimal pointsPerEuro, BigDecimal forintsPerEuro, Map<String, BigDecimal> sectorMultipliers, Map<UUID, BigDecimal> merchantMultipliers,
            List<RuleSet.Campaign> campaigns, long crossCityBonus, long crossBorderBonus, long dailyCap) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleSets(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

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

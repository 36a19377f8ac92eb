package org.citycoop.points.accrual;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.citycoop.platform.refusal.Refused;
import org.citycoop.platform.security.Caller;
import org.citycoop.points.accrual.decision.NewRules;
import org.citycoop.points.accrual.decision.RulePublishing;
import org.citycoop.points.accrual.decision.RuleSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: operators publish a new version of the accrual rules, in force from a day that has not
 * begun yet (history keeps the rules each accrual used). Whether they may be published is {@link RulePublishing}'s
 * decision (every bad value named by its field); a refusal is thrown as {@link Refused}, answered by {@link RuleController}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RuleAdministration {

    static final ZoneId NETWORK = ZoneId.of("Europe/Vienna");

    private final JdbcClient jdbc;
    private final RuleSets ruleSets;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public RuleSet publish(NewRules rules, Caller operator) {
        RulePublishing.Publish publish = switch (RulePublishing.decide(rules, LocalDate.now(clock.withZone(NETWORK)))) {
            case RulePublishing.Refused refused -> throw new Refused(refused);
            case RulePublishing.Publish checked -> checked;
        };
        jdbc.sql("LOCK TABLE rule_set IN SHARE ROW EXCLUSIVE MODE").update();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM rule_set").query(Integer.class).single();
        RuleSets.Body body = new RuleSets.Body(publish.pointsPerEuro(), publish.forintsPerEuro(), publish.sectorMultipliers(),
                publish.merchantMultipliers(), publish.campaigns(), publish.crossCityBonus(), publish.crossBorderBonus(), publish.dailyCap());
        jdbc.sql("INSERT INTO rule_set (version, effective_from, body, created_by) VALUES (:v, :from, :body::jsonb, :by)")
                .param("v", version).param("from", publish.effectiveFrom()).param("body", json.writeValueAsString(body)).param("by", operator.subject()).update();
        return ruleSets.all().stream().filter(set -> set.version() == version).findFirst().orElseThrow();
    }
}

package org.citycoop.points.accrual;

import org.citycoop.points.accrual.decision.AccrualRules;
import org.citycoop.points.accrual.decision.RuleSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: operators publish a new version of the accrual rules, in force from a day that has not
 * begun yet (history keeps the rules each accrual used). Every bad value is named by its field.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RuleAdministration {

    /** What an operator sends; null where omitted. */
    public record NewRules(@Nullable LocalDate effectiveFrom, @Nullable BigDecimal pointsPerEuro, @Nullable BigDecimal forintsPerEuro,
            @Nullable Map<String, BigDecimal> sectorMultipliers, @Nullable Map<UUID, BigDecimal> merchantMultipliers,
            @Nullable List<RuleSet.Campaign> campaigns, @Nullable Long crossCityBonus, @Nullable Long crossBorderBonus, @Nullable Long dailyCap) {
    }

    private static final Pattern NACE = Pattern.compile("\\d{2}(\\.\\d{1,2})?");
    private static final BigDecimal MOST_MULTIPLIER = BigDecimal.TEN;
    static final ZoneId NETWORK = ZoneId.of("Europe/Vienna");

    private final JdbcClient jdbc;
    private final RuleSets ruleSets;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public RuleSet publish(NewRules rules, Caller operator) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(NETWORK));
        if (rules.effectiveFrom() == null || !rules.effectiveFrom().isAfter(today)) {
            violations.add(new Violation("effectiveFrom", "rules.effective-from"));
        }
        positive(rules.pointsPerEuro(), "pointsPerEuro", violations);
        positive(rules.forintsPerEuro(), "forintsPerEuro", violations);
        Map<String, BigDecimal> sectors = rules.sectorMultipliers() == null ? Map.of() : rules.sectorMultipliers();
        sectors.forEach((sector, multiplier) -> {
            if (!NACE.matcher(sector).matches()) {
                violations.add(new Violation("sectorMultipliers." + sector, "rules.sector"));
            }
            multiplier(multiplier, "sectorMultipliers." + sector, violations);
        });
        Map<UUID, BigDecimal> merchants = rules.merchantMultipliers() == null ? Map.of() : rules.merchantMultipliers();
        merchants.forEach((merchant, multiplier) -> multiplier(multiplier, "merchantMultipliers." + merchant, violations));
        List<RuleSet.Campaign> campaigns = rules.campaigns() == null ? List.of() : rules.campaigns();
        for (int i = 0; i < campaigns.size(); i++) {
            RuleSet.Campaign campaign = campaigns.get(i);
            String field = "campaigns[" + i + "]";
            if (campaign.name() == null || campaign.name().isBlank() || campaign.name().length() > 80) {
                violations.add(new Violation(field + ".name", "rules.campaign-name"));
            }
            multiplier(campaign.multiplier(), field + ".multiplier", violations);
            if (campaign.from() == null || campaign.until() == null || !campaign.from().isBefore(campaign.until())) {
                violations.add(new Violation(field + ".until", "rules.campaign-window"));
            }
            if (campaign.cityCodes().isEmpty() || campaign.cityCodes().stream().anyMatch(city -> PartnerCity.byCode(city).isEmpty())) {
                violations.add(new Violation(field + ".cityCodes", "rules.campaign-cities"));
            }
        }
        notNegative(rules.crossCityBonus(), "crossCityBonus", violations);
        notNegative(rules.crossBorderBonus(), "crossBorderBonus", violations);
        notNegative(rules.dailyCap(), "dailyCap", violations);
        if (!violations.isEmpty()) {
            throw RequestRejected.invalid(violations);
        }
        jdbc.sql("LOCK TABLE rule_set IN SHARE ROW EXCLUSIVE MODE").update();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM rule_set").query(Integer.class).single();
        RuleSets.Body body = new RuleSets.Body(rules.pointsPerEuro(), rules.forintsPerEuro(), sectors, merchants, campaigns,
                orZero(rules.crossCityBonus()), orZero(rules.crossBorderBonus()), orZero(rules.dailyCap()));
        jdbc.sql("INSERT INTO rule_set (version, effective_from, body, created_by) VALUES (:v, :from, :body::jsonb, :by)")
                .param("v", version).param("from", rules.effectiveFrom()).param("body", json.writeValueAsString(body)).param("by", operator.subject()).update();
        return ruleSets.all().stream().filter(set -> set.version() == version).findFirst().orElseThrow();
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    private static void positive(@Nullable BigDecimal value, String field, List<Violation> violations) {
        if (value == null || value.signum() <= 0 || value.compareTo(new BigDecimal("10000")) > 0) {
            violations.add(new Violation(field, "rules.positive"));
        }
    }

    private static void multiplier(@Nullable BigDecimal value, String field, List<Violation> violations) {
        if (value == null || value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(MOST_MULTIPLIER) > 0) {
            violations.add(new Violation(field, "rules.multiplier"));
        }
    }

    private static void notNegative(@Nullable Long value, String field, List<Violation> violations) {
        if (value != null && value < 0) {
            violations.add(new Violation(field, "rules.not-negative"));
        }
    }
}

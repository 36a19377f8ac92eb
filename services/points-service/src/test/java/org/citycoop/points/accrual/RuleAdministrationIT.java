package org.citycoop.points.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** Operators publish the next version of the accrual rules; every bad value is named by its field in the operator's language. */
@ServiceIntegrationTest
@TestPropertySource(properties = "citycoop.test.isolation=rules")
class RuleAdministrationIT {

    @LocalServerPort
    int port;

    @Test
    void anOperatorPublishesAdventInPtujFromTomorrowAndEveryoneSeesBothVersions() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(1);
        var published = ServiceHttp.on(port).call("POST", "/api/accrual-rules", TestTokens.operator(), """
                {"effectiveFrom": "%s", "pointsPerEuro": 1, "forintsPerEuro": 400, "sectorMultipliers": {"47.61": 1.5},
                 "campaigns": [{"name": "Advent in Ptuj", "multiplier": 2, "from": "2026-11-29T00:00:00", "until": "2026-12-24T00:00:00",
                                "cityCodes": ["si-ptuj"]}],
                 "crossCityBonus": 20, "crossBorderBonus": 50, "dailyCap": 300}""".formatted(tomorrow), "en");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        JsonNode rules = ServiceHttp.JSON.readTree(published.body());
        assertThat(rules.get("version").asInt()).isEqualTo(2);
        assertThat(rules.get("campaigns").get(0).get("name").asString()).isEqualTo("Advent in Ptuj");

        String economist = TestTokens.token().roles(Role.ECONOMIST).region().sign();
        JsonNode versions = ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/accrual-rules", economist, "en").body());
        assertThat(versions.valueStream().map(v -> v.get("version").asInt() + "@" + v.get("effectiveFrom").asString()))
                .containsExactly("1@2026-01-01", "2@" + tomorrow);
        assertThat(ServiceHttp.on(port).call("POST", "/api/accrual-rules", economist, "{}", "en").statusCode()).isEqualTo(403);
    }

    @Test
    void everyBadValueIsNamedByItsField() {
        var refused = ServiceHttp.on(port).call("POST", "/api/accrual-rules", TestTokens.operator(), """
                {"effectiveFrom": "%s", "pointsPerEuro": 0, "forintsPerEuro": 400, "sectorMultipliers": {"books": 0.5},
                 "campaigns": [{"name": "", "multiplier": 2, "from": "2026-12-24T00:00:00", "until": "2026-11-29T00:00:00", "cityCodes": ["at-graz"]}],
                 "dailyCap": -1}""".formatted(LocalDate.now(ZoneId.of("Europe/Vienna"))), "de");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = ServiceHttp.JSON.readTree(refused.body());
        assertThat(problem.toString()).contains("effectiveFrom", "pointsPerEuro", "sectorMultipliers.books", "campaigns[0].name", "campaigns[0].until",
                "campaigns[0].cityCodes", "dailyCap").contains("NACE-Klasse").contains("Partnerstädte");
        assertThat(ServiceHttp.on(port).call("POST", "/api/accrual-rules", TestTokens.operator(), "{\"effectiveFrom\": \"morgen\"}", "de").statusCode())
                .isEqualTo(400);
    }
}

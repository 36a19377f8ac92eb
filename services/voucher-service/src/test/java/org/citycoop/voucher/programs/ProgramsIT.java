package org.citycoop.voucher.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.testsupport.ContractEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operator drafts the Advent voucher of three East Styrian towns, corrects it, activates it (the
 * network hears of it), and closes it after the season; bad terms are named field by field.
 */
@ServiceIntegrationTest
class ProgramsIT {

    @RegisterExtension
    static final KafkaTap voucherEvents = KafkaTap.on(Topics.VOUCHER_EVENTS);

    private static final String ADVENT = """
            {"names": {"de": "Adventgutschein", "sl": "Adventni bon", "hu": "Adventi utalvány", "en": "Advent voucher"},
             "issuer": "cooperation", "currency": "EUR", "coverage": "CITIES",
             "cityCodes": ["at-feldbach", "at-fehring", "at-bad-radkersburg"],
             "denominations": [50, 10, 20], "freeAmount": {"min": 5, "max": 300}, "validityMonths": 24, "bonusPercent": 10}""";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void anOperatorDraftsCorrectsActivatesAndClosesAProgram() {
        String operator = TestTokens.operator();
        var drafted = call("POST", "/api/programs", operator, ADVENT, "en");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        JsonNode draft = ServiceHttp.JSON.readTree(drafted.body());
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("denominations").valueStream().map(JsonNode::decimalValue)).usingElementComparator(java.math.BigDecimal::compareTo)
                .as("sorted, in euros").containsExactly(new java.math.BigDecimal("10"), new java.math.BigDecimal("20"), new java.math.BigDecimal("50"));
        assertThat(draft.get("bonusPercent").decimalValue()).isEqualByComparingTo("10");

        assertThat(call("GET", "/api/programs/" + id, null, null, "en").statusCode()).as("drafts are hidden from the public").isEqualTo(404);
        assertThat(call("GET", "/api/programs?status=DRAFT", TestTokens.of(Role.SHOPPER), null, "en").statusCode()).isEqualTo(403);
        assertThat(ServiceHttp.JSON.readTree(call("GET", "/api/programs?status=DRAFT", operator, null, "en").body()).valueStream()
                .map(p -> p.get("id").asString())).contains(id);

        var revised = call("PUT", "/api/programs/" + id, operator, ADVENT.replace("\"validityMonths\": 24", "\"validityMonths\": 36"), "en");
        assertThat(ServiceHttp.JSON.readTree(revised.body()).get("validityMonths").asInt()).isEqualTo(36);

        var activated = call("POST", "/api/programs/" + id + "/activation", operator, null, "en");
        assertThat(ServiceHttp.JSON.readTree(activated.body()).get("status").asString()).isEqualTo("ACTIVE");
        var event = voucherEvents.awaitRecord("ProgramActivated", r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("program-activated.v1"));
        ProgramActivated activatedEvent = ContractEvents.decoded(json, event, ProgramActivated.class);
        assertThat(activatedEvent.coverage()).isEqualTo("CITIES");
        assertThat(activatedEvent.cityCodes()).contains("at-fehring");
        assertThat(activatedEvent.validityMonths()).isEqualTo(36);
        assertThat(activatedEvent.names()).containsValue("Adventni bon");

        assertThat(call("GET", "/api/programs/" + id, null, null, "en").statusCode()).as("active programs are public").isEqualTo(200);
        var frozen = call("PUT", "/api/programs/" + id, operator, ADVENT, "de");
        assertThat(frozen.statusCode()).isEqualTo(409);
        assertThat(frozen.body()).contains("kein Entwurf mehr");

        var closed = call("POST", "/api/programs/" + id + "/closure", operator, "{\"reason\":\"Saison vorbei\"}", "en");
        assertThat(ServiceHttp.JSON.readTree(closed.body()).get("status").asString()).isEqualTo("CLOSED");
        voucherEvents.awaitRecord("ProgramClosed", r -> id.equals(r.key()) && KafkaTap.header(r, "ce_type").endsWith("program-closed.v1"));
        assertThat(call("POST", "/api/programs/" + id + "/activation", operator, null, "en").statusCode()).as("closed stays closed").isEqualTo(409);
    }

    @Test
    void aRegionProgramCoversAllTwentyFourCitiesAndACityProgramItsIssuer() {
        String region = ADVENT.replace("\"coverage\": \"CITIES\"", "\"coverage\": \"REGION\"");
        JsonNode program = ServiceHttp.JSON.readTree(call("POST", "/api/programs", TestTokens.operator(), region, "en").body());
        assertThat(program.get("cityCodes").size()).isEqualTo(24);

        String lenti = """
                {"names": {"de": "Lentier Gutschein", "sl": "Lentijski bon", "hu": "Lenti utalvány", "en": "Lenti voucher"},
                 "issuer": "hu-lenti", "currency": "HUF", "coverage": "CITY", "denominations": [5000, 10000], "validityMonths": 12}""";
        JsonNode city = ServiceHttp.JSON.readTree(call("POST", "/api/programs", TestTokens.operator(), lenti, "en").body());
        assertThat(city.get("cityCodes").valueStream().map(JsonNode::asString)).containsExactly("hu-lenti");
        assertThat(city.get("denominations").valueStream().map(JsonNode::asString)).containsExactly("5000", "10000");
    }

    @Test
    void badTermsAreNamedFieldByFieldInTheCallersLanguage() {
        String bad = """
                {"names": {"de": "Gutschein", "sl": " ", "en": "Voucher"},
                 "issuer": "hu-lenti", "currency": "EUR", "coverage": "CITIES", "cityCodes": ["si-ptuj", "si-maribor"],
                 "denominations": [10.555, -5, 0.001], "freeAmount": {"min": 500, "max": 100}, "validityMonths": 0, "bonusPercent": 150}""";
        var refused = call("POST", "/api/programs", TestTokens.operator(), bad, "hu");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = ServiceHttp.JSON.readTree(refused.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("names.sl", "names.hu", "currency",
                "cityCodes[1]", "denominations[0]", "denominations[1]", "denominations[2]", "freeAmount.max", "validityMonths", "bonusPercent");
        assertThat(refused.body()).contains("HUF pénznemben").contains("nem partnerváros (si-maribor)");

        var unknownIssuer = call("POST", "/api/programs", TestTokens.operator(), ADVENT.replace("\"cooperation\"", "\"at-graz\""), "sl");
        assertThat(ServiceHttp.JSON.readTree(unknownIssuer.body()).get("errors").get(0).get("field").asString()).isEqualTo("issuer");
        var cityOfCooperation = call("POST", "/api/programs", TestTokens.operator(),
                ADVENT.replace("\"coverage\": \"CITIES\"", "\"coverage\": \"CITY\""), "en");
        assertThat(ServiceHttp.JSON.readTree(cityOfCooperation.body()).get("errors").get(0).get("field").asString()).isEqualTo("coverage");
        var noAmounts = call("POST", "/api/programs", TestTokens.operator(),
                ADVENT.replace("\"denominations\": [50, 10, 20], \"freeAmount\": {\"min\": 5, \"max\": 300}, ", ""), "en");
        assertThat(ServiceHttp.JSON.readTree(noAmounts.body()).get("errors").get(0).get("field").asString()).isEqualTo("denominations");
        assertThat(call("POST", "/api/programs", TestTokens.operator(), "{\"names\": [", "en").statusCode()).as("broken JSON").isEqualTo(400);
        assertThat(call("GET", "/api/programs?status=SOMETIMES", null, null, "en").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/programs/" + java.util.UUID.randomUUID() + "/activation", TestTokens.operator(), null, "en").statusCode())
                .isEqualTo(404);
        assertThat(call("POST", "/api/programs", TestTokens.of(Role.ECONOMIST), ADVENT, "en").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> call(String method, String path, String token, String body, String language) {
        return ServiceHttp.on(port).call(method, path, token, body, language);
    }
}

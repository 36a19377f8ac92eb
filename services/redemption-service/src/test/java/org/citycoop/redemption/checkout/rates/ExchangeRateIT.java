package org.citycoop.redemption.checkout.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * An operator sets the EUR/HUF rate: 1.23456 (320 times off), 3950, words, a negative rate and seven
 * decimals are refused with the field and the band named in the operator's language; a real rate is set,
 * and a jump of more than 10 % only when confirmed.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "citycoop.test.isolation=exchange-rate")
class ExchangeRateIT {

    @LocalServerPort
    int port;

    @Test
    void aRateFarTooLowIsRefusedNamingTheBand() {
        HttpResponse<String> answer = put("{\"rate\":1.23456}", "en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode error = ServiceHttp.JSON.readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("rate");
        assertThat(error.toString()).contains("250").contains("600");
        assertThat(put("{\"rate\":1.23456}", "de").body()).contains("zwischen 250 und 600 Forint je Euro");
        assertThat(put("{\"rate\":1.23456}", "sl").body()).contains("med 250 in 600 forinti za evro");
        assertThat(put("{\"rate\":1.23456}", "hu").body()).contains("250 és 600 forint/euró között");
        assertThat(rate()).as("nothing was set").isEqualByComparingTo("395");
    }

    @Test
    void aRateFarTooHighIsRefused() {
        HttpResponse<String> answer = put("{\"rate\":3950, \"confirm\": true}", "en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"rate\"").contains("between 250 and 600 forints per euro");
    }

    @Test
    void wordsNegativeRatesAndSevenDecimalsAreNoRates() {
        HttpResponse<String> words = put("{\"rate\":\"about four hundred\"}", "en");
        assertThat(words.statusCode()).as(words.body()).isEqualTo(400);
        assertThat(words.body()).contains("rate").doesNotContain("Exception");
        HttpResponse<String> negative = put("{\"rate\":-395}", "en");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"rate\"").contains("above 0 with at most 6 decimals");
        HttpResponse<String> precise = put("{\"rate\":395.1234567}", "en");
        assertThat(precise.statusCode()).isEqualTo(400);
        assertThat(precise.body()).contains("\"field\":\"rate\"").contains("at most 6 decimals");
        assertThat(rate()).isEqualByComparingTo("395");
    }

    @Test
    void aPlausibleRateIsSetAndALargeJumpOnlyWhenConfirmed() {
        HttpResponse<String> set = put("{\"rate\":401.25}", "en");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(ServiceHttp.JSON.readTree(set.body()).get("rate").decimalValue()).isEqualByComparingTo("401.25");

        HttpResponse<String> jump = put("{\"rate\":480}", "de");
        assertThat(jump.statusCode()).as(jump.body()).isEqualTo(422);
        JsonNode problem = ServiceHttp.JSON.readTree(jump.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:citycoop:problem:rate-change-unconfirmed");
        assertThat(problem.get("detail").asString()).contains("480").contains("401.25").contains("19.6 %").contains("\"confirm\": true");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("confirm");
        assertThat(rate()).isEqualByComparingTo("401.25");

        HttpResponse<String> confirmed = put("{\"rate\":480, \"confirm\": true}", "en");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(rate()).isEqualByComparingTo("480");
        // back where the other tests expect it
        assertThat(put("{\"rate\":395, \"confirm\": true}", "en").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> put(String body, String language) {
        return ServiceHttp.on(port).call("PUT", "/api/exchange-rates/EUR-HUF", TestTokens.operator(), body, language);
    }

    private java.math.BigDecimal rate() {
        return ServiceHttp.JSON.readTree(ServiceHttp.on(port).get("/api/exchange-rates/EUR-HUF", TestTokens.operator(), "en").body()).get("rate")
                .decimalValue();
    }
}

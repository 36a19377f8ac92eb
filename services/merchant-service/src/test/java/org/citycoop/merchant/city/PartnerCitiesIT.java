package org.citycoop.merchant.city;

import static org.assertj.core.api.Assertions.assertThat;

import org.citycoop.testsupport.ServiceBasics;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 24 partner cities are reference data from a migration, served read-only. */
@ServiceIntegrationTest
class PartnerCitiesIT {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    Cities cities;

    @Test
    void theNetworkHasEightAustrianNineSlovenianAndSevenHungarianCities() {
        var all = cities.all();
        assertThat(all).hasSize(24);
        assertThat(all).filteredOn(c -> c.countryCode().equals("AT")).hasSize(8).allMatch(c -> c.currency().equals("EUR"))
                .allMatch(c -> c.timeZone().equals("Europe/Vienna"));
        assertThat(all).filteredOn(c -> c.countryCode().equals("SI")).hasSize(9).allMatch(c -> c.currency().equals("EUR"));
        assertThat(all).filteredOn(c -> c.countryCode().equals("HU")).hasSize(7).allMatch(c -> c.currency().equals("HUF"))
                .allMatch(City::assumption);
        assertThat(all).filteredOn(c -> !c.countryCode().equals("HU")).noneMatch(City::assumption);
    }

    @Test
    void theContractsKnowTheSameCitiesWithTheSameCountryCurrencyAndZone() {
        var all = cities.all();
        assertThat(all.stream().map(City::code)).containsExactlyInAnyOrderElementsOf(org.citycoop.contracts.network.PartnerCity.codes());
        for (City city : all) {
            var contract = org.citycoop.contracts.network.PartnerCity.byCode(city.code()).orElseThrow();
            assertThat(contract.country()).as(city.code()).isEqualTo(city.countryCode());
            assertThat(contract.currency()).as(city.code()).isEqualTo(city.currency());
            assertThat(contract.zone().getId()).as(city.code()).isEqualTo(city.timeZone());
            assertThat(contract.officialName()).as(city.code()).isEqualTo(city.name());
        }
    }

    @Test
    void ptujIsServedOverHttpAndAnUnknownCodeIsAProblemDetail() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var ok = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/cities/si-ptuj")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode ptuj = JsonMapper.builder().build().readTree(ok.body());
        assertThat(ptuj.get("name").asString()).isEqualTo("Ptuj");
        assertThat(ptuj.get("partnerOrganisation").asString()).isEqualTo("ZRS Bistra Ptuj");

        var missing = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/cities/xx-nowhere")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(missing.body()).contains("xx-nowhere");
    }

    @Test
    void anOperatorCorrectsACityAndOthersMayNot() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String body = "{\"name\":\"Körmend\",\"partnerOrganisation\":\"Körmend Város Önkormányzata\",\"latitude\":47.0111,\"longitude\":16.6056,\"assumption\":false}";
        java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> put = (token, json) -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/cities/hu-kormend"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(put.apply(org.citycoop.testsupport.TestTokens.of(org.citycoop.platform.security.Role.ECONOMIST), body).statusCode()).isEqualTo(403);
        assertThat(put.apply(org.citycoop.testsupport.TestTokens.operator(), body.replace("47.0111", "52.5")).statusCode()).isEqualTo(400);
        var ok = put.apply(org.citycoop.testsupport.TestTokens.operator(), body);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(cities.byCode("hu-kormend")).hasValueSatisfying(city -> {
            assertThat(city.partnerOrganisation()).isEqualTo("Körmend Város Önkormányzata");
            assertThat(city.assumption()).isFalse();
            assertThat(city.currency()).isEqualTo("HUF");
        });
    }
}

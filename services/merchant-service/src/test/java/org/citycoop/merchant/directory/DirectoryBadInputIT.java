package org.citycoop.merchant.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.citycoop.testsupport.RawHttp;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The public directory and an operator's write, sent what a review sent them: a NUL in the search
 * (a 500 from PostgreSQL before), broken UTF-16 in JSON, odd addresses. Each is a 400 problem detail
 * naming what is wrong (ADR 23).
 */
@ServiceIntegrationTest
class DirectoryBadInputIT {

    @LocalServerPort
    int port;

    @Test
    void aNulByteInTheSearchIsA400NamingTheParameterNotA500() {
        for (String query : new String[] {"q=Feld%00bach", "q=%00", "city=at-feldbach&q=B%C3%A4cker%00ei"}) {
            assertRefusedNamingQ(ServiceHttp.on(port).get("/api/directory?" + query, null, "de"), query);
        }
    }

    private static void assertRefusedNamingQ(HttpResponse<String> response, String query) {
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ServiceHttp.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:citycoop:problem:invalid-request");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("Unstorable");
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("enthält Zeichen, die nicht gespeichert werden können");
    }

    @Test
    void theSearchStillFindsWithOrdinaryText() {
        assertThat(ServiceHttp.on(port).get("/api/directory?q=B%C3%A4ckerei", null, "de").statusCode()).isEqualTo(200);
    }

    @Test
    void jsonTextThatCannotBeStoredIsA400NamingTheField() {
        String merchant = "/api/merchants/" + UUID.randomUUID() + "/suspension";
        for (String body : new String[] {"{\"reason\":\"closed\\u0000\"}", "{\"reason\":\"closed \\ud83d\"}"}) {
            HttpResponse<String> response = ServiceHttp.on(port).call("POST", merchant, TestTokens.operator(), body, "sl");
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            JsonNode problem = ServiceHttp.json(response);
            assertThat(problem.get("type").asString()).isEqualTo("urn:citycoop:problem:invalid-request");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("reason");
            assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("vsebuje znake, ki jih ni mogoče shraniti");
        }
    }

    @Test
    void encodedDotsAndSlashesInTheDirectorysAddressAreAProblemDetail() {
        for (String target : new String[] {"/api/directory/%2e%2e%2f%2e%2e%2fmerchants", "/api/directory%2F..", "/api/%2e%2e/directory",
            "/api/directory;q=x", "/api//directory"}) {
            RawHttp.Answer answer = RawHttp.get(port, target, "en");
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
            assertThat(answer.body()).as(target).doesNotContain("<html");
            assertThat(ServiceHttp.JSON.readTree(answer.body()).get("title").asString()).as(target).isIn("Invalid address", "Malformed request");
        }
    }
}

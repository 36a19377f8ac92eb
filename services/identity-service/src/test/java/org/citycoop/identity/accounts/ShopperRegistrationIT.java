package org.citycoop.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A resident signs up as a shopper; what is wrong with a sign-up is said field by field, in their language. */
@ServiceIntegrationTest
class ShopperRegistrationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final KafkaTap identityEvents = KafkaTap.on(Topics.IDENTITY_EVENTS);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPtujResidentSignsUpAndOtherServicesHearOfIt() {
        String email = "petra." + UUID.randomUUID() + "@example.si";
        var response = post(body(email, "Dravska-obala-2026", "si-ptuj"), "sl");
        assertThat(response.statusCode()).isEqualTo(201);
        String id = JSON.readTree(response.body()).get("id").asString();
        assertThat(response.headers().firstValue("Location")).contains("/api/accounts/" + id);

        var event = identityEvents.awaitRecord("UserRegistered", r -> id.equals(r.key()));
        JsonNode data = JSON.readTree(new String(event.value(), StandardCharsets.UTF_8));
        assertThat(data.get("homeCity").asString()).isEqualTo("si-ptuj");
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).doesNotContain(email);
        assertThat(jdbc.sql("SELECT password_hash FROM account WHERE id = :id").param("id", UUID.fromString(id)).query(String.class).single())
                .startsWith("{bcrypt}").doesNotContain("Dravska");
    }

    @Test
    void aShortPasswordIsExplainedInGerman() {
        var response = post(body("kurz." + UUID.randomUUID() + "@example.at", "kurz", "at-feldbach"), "de-AT");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Ungültige Anfrage");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("muss mindestens 12 Zeichen haben");
    }

    @Test
    void aPasswordContainingTheEmailNameIsExplainedInHungarian() {
        var response = post(body("lilla@example.hu", "lilla-jelszava-2026", "hu-lenti"), "hu");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("message").asString())
                .isEqualTo("nem tartalmazhatja az e-mail-címe névrészét");
    }

    @Test
    void aSecondAccountForTheSameEmailIsAConflictWhateverTheCase() {
        String email = "stefan." + UUID.randomUUID() + "@example.at";
        assertThat(post(body(email, "Feldbacher-Kernöl-26", "at-feldbach"), "de").statusCode()).isEqualTo(201);
        var again = post(body(email.toUpperCase(), "Feldbacher-Kernöl-26", "at-feldbach"), "en");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("type").asString()).isEqualTo("urn:citycoop:problem:email-taken");
    }

    @Test
    void missingAndMalformedFieldsAreNamed() {
        var response = post("{\"email\":\"not-an-email\",\"password\":\"Dravska-obala-2026\",\"homeCity\":\"Ptuj\"}", "en");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).contains("email", "displayName", "homeCity");
    }

    @Test
    void brokenJsonIsA400NotA500() {
        assertThat(post("{\"email\": ", "en").statusCode()).isEqualTo(400);
        var wrongType = post("{\"email\": [1,2], \"password\": \"x\"}", "en");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongType.body()).get("field").asString()).isEqualTo("email");
    }

    @Test
    void aHugeChunkedBodyIsRefusedWith413() throws Exception {
        byte[] huge = ("{\"email\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // no Content-Length: the body arrives chunked and is counted as it is read
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/accounts/shoppers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo("urn:citycoop:problem:too-large");
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE length(email) > 1000").query(Long.class).single()).isZero();
    }

    private static String body(String email, String password, String homeCity) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"Test Person\",\"homeCity\":\"" + homeCity + "\"}";
    }

    private HttpResponse<String> post(String json, String language) {
        return ServiceHttp.on(port).call("POST", "/api/accounts/shoppers", null, json, language);
    }
}

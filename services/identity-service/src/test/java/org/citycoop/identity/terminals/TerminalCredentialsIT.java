package org.citycoop.identity.terminals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import org.citycoop.contracts.merchant.TerminalRegistered;
import org.citycoop.contracts.merchant.TerminalRetired;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaSender;
import org.citycoop.testsupport.ServiceHttp;
import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/**
 * A terminal registered at a store in merchant-service (its event sent to the real broker) gets
 * credentials from its owner here, signs in with a token naming its store, gets a new secret that
 * replaces the old one, and is locked out when revoked or retired.
 */
@ServiceIntegrationTest
class TerminalCredentialsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Terminals terminals;

    @Test
    void anOwnerIssuesCredentialsForATerminalOfHisStoreAndItsTokenNamesTheStore() throws Exception {
        UUID merchant = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        UUID terminal = registered(merchant, store, "Kassa 1");
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(merchant).sign();

        var issued = call("POST", "/api/terminals/" + terminal + "/credentials", owner);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode credentials = ServiceHttp.JSON.readTree(issued.body());
        String clientId = credentials.get("clientId").asString();
        String secret = credentials.get("clientSecret").asString();
        assertThat(credentials.get("storeId").asString()).isEqualTo(store.toString());

        var token = tokenRequest(clientId, secret);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        var claims = SignedJWT.parse(ServiceHttp.JSON.readTree(token.body()).get("access_token").asString()).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("TERMINAL");
        assertThat(claims.getStringClaim("merchant_id")).isEqualTo(merchant.toString());
        assertThat(claims.getStringClaim("store_id")).isEqualTo(store.toString());
        assertThat(claims.getAudience()).contains("citycoop");

        // a new secret replaces the old one at once; the client id stays
        var renewed = ServiceHttp.JSON.readTree(call("POST", "/api/terminals/" + terminal + "/credentials", owner).body());
        assertThat(renewed.get("clientId").asString()).isEqualTo(clientId);
        assertThat(tokenRequest(clientId, secret).statusCode()).as("the old secret").isEqualTo(401);
        assertThat(tokenRequest(clientId, renewed.get("clientSecret").asString()).statusCode()).isEqualTo(200);

        JsonNode listed = ServiceHttp.JSON.readTree(call("GET", "/api/merchants/" + merchant + "/terminals", owner).body());
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("clientId").asString()).isEqualTo(clientId);
        assertThat(listed.get(0).get("label").asString()).isEqualTo("Kassa 1");
    }

    @Test
    void strangersMayNotAndUnknownOrRevokedTerminalsGetNothing() throws Exception {
        UUID merchant = UUID.randomUUID();
        UUID terminal = registered(merchant, UUID.randomUUID(), "Handy Markt");
        String stranger = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(UUID.randomUUID()).sign();
        assertThat(call("POST", "/api/terminals/" + terminal + "/credentials", stranger).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/merchants/" + merchant + "/terminals", stranger).statusCode()).isEqualTo(403);

        var unknown = ServiceHttp.on(port).call("POST", "/api/terminals/" + UUID.randomUUID() + "/credentials", TestTokens.operator(), null, "hu");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Nincs ilyen terminál");
        assertThat(call("DELETE", "/api/terminals/" + terminal + "/credentials", TestTokens.operator()).statusCode())
                .as("nothing issued yet, nothing to revoke").isEqualTo(404);

        var issued = ServiceHttp.JSON.readTree(call("POST", "/api/terminals/" + terminal + "/credentials", TestTokens.operator()).body());
        String owner = TestTokens.token().roles(Role.MERCHANT_OWNER).merchant(merchant).sign();
        assertThat(call("DELETE", "/api/terminals/" + terminal + "/credentials", owner).statusCode()).isEqualTo(204);
        assertThat(call("DELETE", "/api/terminals/" + terminal + "/credentials", owner).statusCode()).as("revoking twice").isEqualTo(204);
        var refused = tokenRequest(issued.get("clientId").asString(), issued.get("clientSecret").asString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(ServiceHttp.JSON.readTree(refused.body()).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void aTerminalRetiredInMerchantServiceLosesItsCredentials() throws Exception {
        UUID merchant = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        UUID terminal = registered(merchant, store, "Kassa verloren");
        var issued = ServiceHttp.JSON.readTree(call("POST", "/api/terminals/" + terminal + "/credentials", TestTokens.operator()).body());
        String clientId = issued.get("clientId").asString();
        String secret = issued.get("clientSecret").asString();
        assertThat(tokenRequest(clientId, secret).statusCode()).isEqualTo(200);

        KafkaSender.publish(new TerminalRetired(terminal, merchant, store, "Gerät verloren", Instant.now()), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(tokenRequest(clientId, secret).statusCode()).isEqualTo(401));
        assertThat(call("POST", "/api/terminals/" + terminal + "/credentials", TestTokens.operator()).statusCode())
                .as("a retired terminal gets no new secret").isEqualTo(409);
    }

    /** Sends the registration merchant-service would publish and waits until this service has it. */
    private UUID registered(UUID merchant, UUID store, String label) {
        UUID terminal = UUID.randomUUID();
        KafkaSender.publish(new TerminalRegistered(terminal, merchant, store, label, "POS", Instant.now().truncatedTo(ChronoUnit.MILLIS)),
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> terminals.registered(terminal).isPresent());
        return terminal;
    }

    private HttpResponse<String> call(String method, String path, String token) {
        return ServiceHttp.on(port).call(method, path, token, null, "en");
    }

    private HttpResponse<String> tokenRequest(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}

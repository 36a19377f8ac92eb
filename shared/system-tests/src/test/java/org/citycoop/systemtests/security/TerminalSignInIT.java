package org.citycoop.systemtests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.citycoop.identity.IdentityServiceApplication;
import org.citycoop.merchant.MerchantServiceApplication;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.testsupport.RunningService;
import org.citycoop.testsupport.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merchant's terminal signs in by client credentials at identity-service and calls another
 * service with the token; once its owner revokes it, it gets no token any more.
 */
class TerminalSignInIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static RunningService identity;
    private static RunningService merchants;
    private static String identityUrl;
    private static String merchantUrl;

    @BeforeAll
    static void start() throws IOException {
        int identityPort = freePort();
        int merchantPort = freePort();
        identityUrl = "http://127.0.0.1:" + identityPort;
        merchantUrl = "http://127.0.0.1:" + merchantPort;
        Map<String, Object> issuer = Map.of("citycoop.security.issuer", identityUrl, "citycoop.security.jwk-set-uri", identityUrl + "/oauth2/jwks");
        Map<String, Object> identitySettings = new HashMap<>(issuer);
        identitySettings.put("server.port", identityPort);
        identitySettings.put("citycoop.demo-data.enabled", true);
        identity = RunningService.start(IdentityServiceApplication.class, "identity-service", identitySettings);
        Map<String, Object> merchantSettings = new HashMap<>(issuer);
        merchantSettings.put("server.port", merchantPort);
        merchantSettings.put("citycoop.demo-data.enabled", true);
        merchants = RunningService.start(MerchantServiceApplication.class, "merchant-service", merchantSettings);
    }

    @AfterAll
    static void stop() {
        merchants.close();
        identity.close();
    }

    @Test
    void theDemoTerminalCallsMerchantServiceWithItsTokenAndIsRefusedOnceRevoked() throws Exception {
        String token = clientCredentials("terminal-demo-fasching", "demo-terminal-fasching-secret");

        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(merchantUrl + "/api/me")).header("Authorization", "Bearer " + token).build());
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode caller = JSON.readTree(me.body());
        assertThat(caller.get("roles").get(0).asString()).isEqualTo("TERMINAL");
        assertThat(caller.get("merchantId").asString()).isEqualTo(DemoIds.merchant("Bäckerei Fasching").toString());
        assertThat(caller.get("storeId").asString()).isEqualTo(DemoIds.store("Bäckerei Fasching").toString());

        // the bakery's owner signs in and revokes the terminal
        String ownerToken = ownerToken();
        HttpResponse<String> revoked = send(HttpRequest.newBuilder(URI.create(identityUrl + "/api/terminals/"
                + DemoIds.terminal(DemoIds.FASCHING_TERMINAL) + "/credentials"))
                .header("Authorization", "Bearer " + ownerToken).DELETE().build());
        assertThat(revoked.statusCode()).isEqualTo(204);

        HttpResponse<String> refused = tokenRequest("terminal-demo-fasching", "demo-terminal-fasching-secret");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(refused.body()).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void anOwnerRegistersATillInMerchantServiceAndGetsItsCredentialsFromIdentityService() throws Exception {
        String ownerToken = ownerToken();
        String store = DemoIds.store("Bäckerei Fasching").toString();
        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(merchantUrl + "/api/merchants/" + DemoIds.merchant("Bäckerei Fasching")
                + "/stores/" + store + "/terminals")).header("Authorization", "Bearer " + ownerToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"Kassa 2\",\"kind\":\"POS\"}")).build());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String terminal = JSON.readTree(registered.body()).get("id").asString();

        // identity-service learns of the terminal from merchant-service's event, then issues its credentials
        HttpRequest issue = HttpRequest.newBuilder(URI.create(identityUrl + "/api/terminals/" + terminal + "/credentials"))
                .header("Authorization", "Bearer " + ownerToken).POST(HttpRequest.BodyPublishers.noBody()).build();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> send(issue).statusCode() != 404);
        HttpResponse<String> issued = send(issue);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode credentials = JSON.readTree(issued.body());

        String token = clientCredentials(credentials.get("clientId").asString(), credentials.get("clientSecret").asString());
        JsonNode caller = JSON.readTree(send(HttpRequest.newBuilder(URI.create(merchantUrl + "/api/me"))
                .header("Authorization", "Bearer " + token).build()).body());
        assertThat(caller.get("storeId").asString()).isEqualTo(store);
        assertThat(caller.get("roles").get(0).asString()).isEqualTo("TERMINAL");
    }

    @Test
    void aTokenFromAnotherIssuerIsRejectedByMerchantService() throws Exception {
        String foreign = org.citycoop.testsupport.TestTokens.operator(); // signed by the test key, issuer 127.0.0.1:9000
        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(merchantUrl + "/api/me")).header("Authorization", "Bearer " + foreign).build());
        assertThat(me.statusCode()).isEqualTo(401);
    }

    /** The demo owner's access token, by signing in as a person does: authorization code with PKCE through the sign-in form. */
    private static String ownerToken() {
        return SignIn.at(identityUrl).person("owner.fasching@citycoop.demo", DemoIds.PASSWORD);
    }

    private static String clientCredentials(String id, String secret) {
        return SignIn.at(identityUrl).client(id, secret);
    }

    private static HttpResponse<String> tokenRequest(String id, String secret) {
        return SignIn.at(identityUrl).clientCredentials(id, secret);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

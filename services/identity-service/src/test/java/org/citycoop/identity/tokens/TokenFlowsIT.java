package org.citycoop.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.citycoop.testsupport.ServiceIntegrationTest;
import org.citycoop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token flows over real HTTP: discovery and keys; a person signing in by authorization code
 * with PKCE, refreshing, and being locked out after repeated wrong passwords; key rotation that keeps old tokens valid. Terminals: TerminalCredentialsIT.
 */
@ServiceIntegrationTest
class TokenFlowsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/citycoop";

    @LocalServerPort
    int port;

    @Value("${citycoop.identity.web.client-secret}")
    String webSecret;

    @org.springframework.beans.factory.annotation.Autowired
    org.citycoop.identity.terminals.Terminals terminals;

    Browserless browser;

    @BeforeEach
    void newBrowser() {
        browser = new Browserless(port);
    }

    @Test
    void discoveryNamesTheIssuerAndItsEndpoints() {
        JsonNode discovery = JSON.readTree(browser.get("/.well-known/openid-configuration", "application/json").body());
        assertThat(discovery.get("issuer").asString()).isEqualTo("http://127.0.0.1:9000");
        assertThat(discovery.get("jwks_uri").asString()).endsWith("/oauth2/jwks");
        assertThat(discovery.get("end_session_endpoint").asString()).endsWith("/connect/logout");
        JsonNode keys = JSON.readTree(browser.get("/oauth2/jwks", "application/json").body()).get("keys");
        assertThat(keys.size()).isPositive();
        assertThat(keys.get(0).has("d")).as("no private key material is published").isFalse();
    }

    @Test
    void aShopperSignsInWithAuthorizationCodeAndPkceAndRefreshes() throws Exception {
        String email = "petra." + UUID.randomUUID() + "@example.si";
        register(email, "Murska-Sobota-2026!");
        String verifier = randomVerifier();

        var tokens = JSON.readTree(signIn(email, "Murska-Sobota-2026!", verifier).body());
        String accessToken = tokens.get("access_token").asString();
        assertThat(tokens.get("id_token").asString()).isNotBlank();
        var claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("SHOPPER");
        assertThat(claims.getStringClaim("home_city")).isEqualTo("si-ptuj");
        assertThat(claims.getAudience()).contains("citycoop", "citycoop-web");

        var refreshed = browser.postForm("/oauth2/token",
                Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token").asString()), "citycoop-web", webSecret);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String newAccess = JSON.readTree(refreshed.body()).get("access_token").asString();
        assertThat(SignedJWT.parse(newAccess).getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SHOPPER");
    }

    @Test
    void theAuthorizationCodeFlowRequiresPkce() {
        var response = browser.get("/oauth2/authorize?" + Browserless.encode(Map.of("response_type", "code", "client_id", "citycoop-web",
                "redirect_uri", REDIRECT, "scope", "openid", "state", "s")), "text/html");
        // without code_challenge the server answers with an error to the client, not a sign-in form
        assertThat(response.statusCode()).isIn(302, 400);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotEndWith("/login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAuditLogSaysSo() {
        String email = "stefan." + UUID.randomUUID() + "@example.at";
        register(email, "Gleisdorf-Kunde-2026");
        for (int i = 0; i < 5; i++) {
            assertThat(postLogin(email, "wrong-password-" + i).headers().firstValue("Location").orElse("")).contains("/login?error");
        }
        // the right password no longer works while the lock lasts, and the form says why
        String afterLock = postLogin(email, "Gleisdorf-Kunde-2026").headers().firstValue("Location").orElse("");
        assertThat(afterLock).contains("/login?error");
        assertThat(browser.get(afterLock, "text/html").body()).contains("locked for 15 minutes");

        JsonNode audit = JSON.readTree(browser.json("GET", "/api/audit?size=100", TestTokens.operator(), null).body());
        long failed = 0;
        boolean locked = false;
        for (JsonNode entry : audit) {
            if (email.equals(entry.get("subject").asString())) {
                failed += entry.get("action").asString().equals("SIGN_IN_FAILED") ? 1 : 0;
                locked |= entry.get("action").asString().equals("ACCOUNT_LOCKED");
            }
        }
        assertThat(failed).isEqualTo(6);
        assertThat(locked).isTrue();
    }

    @Test
    void theSignInFormSpeaksTheVisitorsLanguageAndCarriesACsrfToken() {
        String slovenian = browser.get("/login?lang=sl", "text/html").body();
        assertThat(slovenian).contains("Prijava v citycoop").contains("E-poštni naslov").contains("lang=\"sl\"");
        assertThat(Browserless.csrfToken(slovenian)).isNotBlank();
        assertThat(browser.get("/login?lang=hu", "text/html").body()).contains("Bejelentkezés a citycoopba");
        // a sign-in without the CSRF token is refused
        var forged = browser.postForm("/login", Map.of("username", "operator@citycoop.demo", "password", "x"), null, null);
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void afterKeyRotationOldTokensStayValidAndNewOnesUseTheNewKey() throws Exception {
        UUID terminal = UUID.randomUUID();
        terminals.apply(new org.citycoop.contracts.merchant.TerminalRegistered(terminal, UUID.randomUUID(), UUID.randomUUID(), "Kassa 2", "POS",
                java.time.Instant.now()));
        String operator = TestTokens.operator();
        JsonNode credentials = JSON.readTree(browser.json("POST", "/api/terminals/" + terminal + "/credentials", operator, null).body());
        String clientId = credentials.get("clientId").asString();
        String secret = credentials.get("clientSecret").asString();
        String before = JSON.readTree(browser.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"), clientId, secret).body())
                .get("access_token").asString();
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        var rotation = browser.json("POST", "/api/signing-keys/rotation", operator, null);
        assertThat(rotation.statusCode()).isEqualTo(200);
        String newKid = JSON.readTree(rotation.body()).get("active").asString();
        assertThat(newKid).isNotEqualTo(oldKid);

        JsonNode keys = JSON.readTree(browser.get("/oauth2/jwks", "application/json").body()).get("keys");
        assertThat(keys.valueStream().map(k -> k.get("kid").asString())).contains(oldKid, newKid);
        assertThat(browser.json("GET", "/api/me", before, null).statusCode()).as("a token signed before the rotation").isEqualTo(200);

        String after = JSON.readTree(browser.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"), clientId, secret).body())
                .get("access_token").asString();
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(browser.json("GET", "/api/me", after, null).statusCode()).isEqualTo(200);
    }

    private void register(String email, String password) {
        var created = browser.json("POST", "/api/accounts/shoppers", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"Test\",\"homeCity\":\"si-ptuj\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private java.net.http.HttpResponse<String> postLogin(String email, String password) {
        String csrf = Browserless.csrfToken(browser.get("/login", "text/html").body());
        return browser.postForm("/login", Map.of("username", email, "password", password, "_csrf", csrf), null, null);
    }

    /** The authorization code flow as the web front runs it, ending with the token response. */
    private java.net.http.HttpResponse<String> signIn(String email, String password, String verifier) throws Exception {
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", "citycoop-web");
        authorize.put("redirect_uri", REDIRECT);
        authorize.put("scope", "openid profile");
        authorize.put("state", "state-1");
        authorize.put("code_challenge", challenge(verifier));
        authorize.put("code_challenge_method", "S256");
        var first = browser.get("/oauth2/authorize?" + Browserless.encode(authorize), "text/html");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        var login = postLogin(email, password);
        assertThat(login.statusCode()).isEqualTo(302);
        var resumed = browser.get(login.headers().firstValue("Location").orElseThrow(), "text/html");
        String callback = resumed.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(REDIRECT).contains("state=state-1");
        String code = callback.replaceFirst(".*[?&]code=([^&]+).*", "$1");

        var token = browser.postForm("/oauth2/token", Map.of("grant_type", "authorization_code", "code",
                java.net.URLDecoder.decode(code, StandardCharsets.UTF_8), "redirect_uri", REDIRECT, "code_verifier", verifier), "citycoop-web", webSecret);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return token;
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}

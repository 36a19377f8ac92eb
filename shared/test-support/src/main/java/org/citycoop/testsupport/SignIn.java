package org.citycoop.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens from a running identity-service, obtained the way its clients obtain them: a person signs in
 * through the sign-in form (authorization code with PKCE, as the web front does), a terminal uses its
 * client credentials. For system tests and benchmarks against started services.
 */
public final class SignIn {

    /** The web front's registration in a local identity-service (its default client secret). */
    public static final String WEB_CLIENT = "citycoop-web";
    public static final String WEB_SECRET = "citycoop-web-local-secret";
    public static final String WEB_REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/citycoop";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String identityUrl;

    private SignIn(String identityUrl) {
        this.identityUrl = identityUrl;
    }

    /** identity-service at this base URL, e.g. {@code http://127.0.0.1:9000}. */
    public static SignIn at(String identityUrl) {
        return new SignIn(identityUrl);
    }

    /** A person's access token: through the sign-in form as a browser goes, then the code exchanged by the web client. */
    public String person(String username, String password) {
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            String verifier = "verifier-" + UUID.randomUUID() + "-0123456789abcdefghij";
            String challenge = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String authorize = identityUrl + "/oauth2/authorize?response_type=code&client_id=" + WEB_CLIENT + "&scope=openid&state=s&redirect_uri="
                    + encode(WEB_REDIRECT) + "&code_challenge=" + challenge + "&code_challenge_method=S256";
            browser.send(HttpRequest.newBuilder(URI.create(authorize)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            String page = browser.send(HttpRequest.newBuilder(URI.create(identityUrl + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(page);
            if (!csrf.find()) {
                throw new IllegalStateException("the sign-in page of " + identityUrl + " has no CSRF token");
            }
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(identityUrl + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String next = login.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("sign-in of " + username + " failed"));
            HttpResponse<String> resumed = browser.send(HttpRequest.newBuilder(URI.create(next)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = resumed.headers().firstValue("Location").orElse("");
            if (!location.contains("code=")) {
                throw new IllegalStateException("sign-in of " + username + " did not end with a code: " + location);
            }
            String code = location.replaceFirst(".*[?&]code=([^&]+).*", "$1");
            String body = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + encode(WEB_REDIRECT) + "&code_verifier=" + verifier;
            return accessToken(token(WEB_CLIENT, WEB_SECRET, body));
        } catch (IOException e) {
            throw new IllegalStateException("identity-service at " + identityUrl + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A terminal's (or any client's) access token by client credentials. */
    public String client(String clientId, String secret) {
        return accessToken(clientCredentials(clientId, secret));
    }

    /** The raw answer to a client-credentials request, for tests of refusals. */
    public HttpResponse<String> clientCredentials(String clientId, String secret) {
        return token(clientId, secret, "grant_type=client_credentials");
    }

    private HttpResponse<String> token(String clientId, String secret, String form) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(identityUrl + "/oauth2/token")).header("Authorization", basic(clientId, secret))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("identity-service at " + identityUrl + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

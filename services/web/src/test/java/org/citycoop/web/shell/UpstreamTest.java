package org.citycoop.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.RestClientException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a page shows and answers when a service refuses or does not answer, and what the service is told
 * of the browser: against a real HTTP server and a closed port.
 */
class UpstreamTest {

    private HttpServer service;
    private final StaticMessageSource messages = new StaticMessageSource();
    private final List<String> forwardedFor = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startService() throws IOException {
        messages.addMessage("claim.unavailable", Locale.GERMAN, "Gutscheine sind gerade nicht erreichbar.");
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/refused", exchange -> answer(exchange, 422,
                "{\"type\":\"urn:citycoop:problem:invalid\",\"status\":422,\"detail\":\"Dieser Code ist unbekannt.\"}"));
        service.createContext("/broken", exchange -> answer(exchange, 500, "<html>Internal Server Error</html>"));
        service.createContext("/api/wallet/claims", exchange -> {
            forwardedFor.add(String.valueOf(exchange.getRequestHeaders().get("X-Forwarded-For")));
            answer(exchange, 200, "{}");
        });
        service.start();
    }

    @AfterEach
    void stopService() {
        RequestContextHolder.resetRequestAttributes();
        service.stop(0);
    }

    @Test
    void theServiceIsToldTheBrowsersAddressAndNothingTheBrowserWroteItself() {
        Upstream vouchers = upstream(service.getAddress().getPort());
        MockHttpServletRequest page = new MockHttpServletRequest("POST", "/wallet/claim");
        page.setRemoteAddr("203.0.113.7");
        // what the front's own RemoteIpValve leaves in the header: addresses it does not vouch for
        page.addHeader("X-Forwarded-For", "198.51.100.99");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(page));

        vouchers.forward(HttpMethod.POST, "/api/wallet/claims", anna(), Locale.GERMAN, MediaType.APPLICATION_JSON, "{}".getBytes(StandardCharsets.UTF_8),
                Map.of());
        vouchers.client().post().uri("/api/wallet/claims").body("{}").retrieve().toBodilessEntity();

        assertThat(forwardedFor).as("forward() and client() alike").containsExactly("[203.0.113.7]", "[203.0.113.7]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a refusal is shown in the service's words with its status     | /refused | fallback                  | Dieser Code ist unbekannt. | 422
            a service error becomes 502 and none of its insides are shown | /broken  | Bitte später noch einmal. | Bitte später noch einmal.  | 502
            """)
    void aServiceThatAnswersWithAnErrorIsShownWithTheStatusOfThePage(String story, String path, String fallback, String shown, int status) {
        Upstream vouchers = upstream(service.getAddress().getPort());
        MockHttpServletResponse page = new MockHttpServletResponse();
        assertThat(vouchers.failed(call(vouchers, path), Locale.GERMAN, page, refused -> Upstream.said(refused, fallback))).isEqualTo(shown);
        assertThat(page.getStatus()).isEqualTo(status);
    }

    @Test
    void aServiceThatDoesNotAnswerIs503InThePersonsLanguage() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Upstream vouchers = upstream(closed);
        MockHttpServletResponse page = new MockHttpServletResponse();
        String shown = vouchers.failed(call(vouchers, "/anything"), Locale.GERMAN, page, refused -> "not a refusal");
        assertThat(shown).isEqualTo("Gutscheine sind gerade nicht erreichbar.");
        assertThat(page.getStatus()).isEqualTo(503);
    }

    /** Voucher-service as a page reaches it, on {@code port} of 127.0.0.1. */
    private Upstream upstream(int port) {
        return new Upstream("http://127.0.0.1:" + port, Duration.ofSeconds(5), messages, "claim.unavailable");
    }

    private static OAuth2AuthorizedClient anna() {
        ClientRegistration web = ClientRegistration.withRegistrationId("citycoop").clientId("web").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1:8080/login/oauth2/code/citycoop").authorizationUri("http://127.0.0.1:9000/oauth2/authorize")
                .tokenUri("http://127.0.0.1:9000/oauth2/token").build();
        return new OAuth2AuthorizedClient(web, "anna",
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "annas-token", Instant.now(), Instant.now().plusSeconds(300)));
    }

    private static RestClientException call(Upstream upstream, String path) {
        return catchThrowableOfType(RestClientException.class, () -> upstream.client().get().uri(path).retrieve().toBodilessEntity());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/problem+json" : "text/html");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

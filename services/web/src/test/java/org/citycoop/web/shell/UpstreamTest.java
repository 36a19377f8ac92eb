package org.citycoop.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.client.RestClientException;

/** What a page shows and answers when a service refuses or does not answer: against a real HTTP server and a closed port. */
class UpstreamTest {

    private HttpServer service;
    private final StaticMessageSource messages = new StaticMessageSource();

    @BeforeEach
    void startService() throws IOException {
        messages.addMessage("claim.unavailable", Locale.GERMAN, "Gutscheine sind gerade nicht erreichbar.");
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/refused", exchange -> answer(exchange, 422,
                "{\"type\":\"urn:citycoop:problem:invalid\",\"status\":422,\"detail\":\"Dieser Code ist unbekannt.\"}"));
        service.createContext("/broken", exchange -> answer(exchange, 500, "<html>Internal Server Error</html>"));
        service.start();
    }

    @AfterEach
    void stopService() {
        service.stop(0);
    }

    @Test
    void aRefusalIsShownInTheServicesWordsWithItsStatus() {
        Upstream vouchers = new Upstream("http://127.0.0.1:" + service.getAddress().getPort(), Duration.ofSeconds(5), messages, "claim.unavailable");
        MockHttpServletResponse page = new MockHttpServletResponse();
        String shown = vouchers.failed(call(vouchers, "/refused"), Locale.GERMAN, page, refused -> Upstream.said(refused, "fallback"));
        assertThat(shown).isEqualTo("Dieser Code ist unbekannt.");
        assertThat(page.getStatus()).isEqualTo(422);
    }

    @Test
    void aServiceErrorBecomes502AndNoneOfItsInsidesAreShown() {
        Upstream vouchers = new Upstream("http://127.0.0.1:" + service.getAddress().getPort(), Duration.ofSeconds(5), messages, "claim.unavailable");
        MockHttpServletResponse page = new MockHttpServletResponse();
        String shown = vouchers.failed(call(vouchers, "/broken"), Locale.GERMAN, page, refused -> Upstream.said(refused, "Bitte später noch einmal."));
        assertThat(shown).isEqualTo("Bitte später noch einmal.");
        assertThat(page.getStatus()).isEqualTo(502);
    }

    @Test
    void aServiceThatDoesNotAnswerIs503InThePersonsLanguage() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Upstream vouchers = new Upstream("http://127.0.0.1:" + closed, Duration.ofSeconds(5), messages, "claim.unavailable");
        MockHttpServletResponse page = new MockHttpServletResponse();
        String shown = vouchers.failed(call(vouchers, "/anything"), Locale.GERMAN, page, refused -> "not a refusal");
        assertThat(shown).isEqualTo("Gutscheine sind gerade nicht erreichbar.");
        assertThat(page.getStatus()).isEqualTo(503);
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

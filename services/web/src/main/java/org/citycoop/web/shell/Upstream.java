package org.citycoop.web.shell;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A service the web front calls for the signed-in person: their own token, their language, and the
 * service's answer passed on as it is (status, JSON or problem details already in the person's
 * language, file names, {@code Idempotent-Replayed}, {@code Retry-After}). A service that does not answer
 * becomes a 503 problem in the person's language, never a stack trace. Every call made while a page
 * request is handled tells the service the browser's address in {@code X-Forwarded-For}, so that
 * per-address limits (wallet claims, ADR 24) count browsers, not the web front.
 */
public final class Upstream {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private static final List<String> PASSED_ON = List.of(HttpHeaders.CONTENT_DISPOSITION, "Idempotent-Replayed", HttpHeaders.RETRY_AFTER);

    private final RestClient client;
    private final MessageSource messages;
    private final String unavailable;

    /**
     * @param unavailable message key of what the person is told when the service does not answer
     */
    public Upstream(String baseUrl, Duration readTimeout, MessageSource messages, String unavailable) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(readTimeout);
        this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).requestInterceptor(Upstream::forwardedFor).build();
        this.messages = messages;
        this.unavailable = unavailable;
    }

    /**
     * Names the browser whose page is being drawn: its address as this front resolved it, which is the
     * address in the {@code X-Forwarded-For} it received from a trusted proxy (the ingress) or else the
     * connection's own (Tomcat's RemoteIpValve, {@code server.tomcat.remoteip.internal-proxies}). Only that
     * one address is sent: whatever else the browser wrote into the header is not passed on, so a
     * service that trusts this front cannot be told another address by the browser.
     */
    private static ClientHttpResponse forwardedFor(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes page) {
            request.getHeaders().set("X-Forwarded-For", page.getRequest().getRemoteAddr());
        }
        return execution.execute(request, body);
    }

    /** The client itself, for pages that read a service's answer rather than pass it on. */
    public RestClient client() {
        return client;
    }

    /** Sends {@code body} (may be null) to {@code uri} as the person and passes the answer on. */
    public ResponseEntity<byte[]> forward(HttpMethod method, String uri, OAuth2AuthorizedClient person, Locale locale, @Nullable MediaType contentType,
            byte @Nullable [] body, Map<String, String> headers) {
        try {
            RestClient.RequestBodySpec request = client.method(method).uri(uri).headers(h -> {
                h.setBearerAuth(person.getAccessToken().getTokenValue());
                h.setAcceptLanguageAsLocales(List.of(locale));
                h.setAccept(List.of(MediaType.ALL));
                headers.forEach(h::set);
                if (contentType != null) {
                    h.setContentType(contentType);
                }
            });
            if (body != null) {
                request.body(body);
            }
            return request.exchange((req, response) -> {
                HttpHeaders passed = new HttpHeaders();
                if (response.getHeaders().getContentType() != null) {
                    passed.setContentType(response.getHeaders().getContentType());
                }
                PASSED_ON.forEach(name -> {
                    String value = response.getHeaders().getFirst(name);
                    if (value != null) {
                        passed.set(name, value);
                    }
                });
                passed.setCacheControl("no-store");
                return new ResponseEntity<>(response.getBody().readAllBytes(), passed, response.getStatusCode());
            });
        } catch (RestClientException e) {
            return unavailable(locale);
        }
    }

    /** The 503 problem of a service that did not answer, in the person's language. */
    public ResponseEntity<byte[]> unavailable(Locale locale) {
        String text = messages.getMessage(unavailable, null, locale);
        Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "urn:citycoop:problem:service-unavailable");
        problem.put("status", 503);
        problem.put("title", text);
        problem.put("detail", text);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(JSON.writeValueAsBytes(problem));
    }

    /**
     * What a page tells the person when a call to this service failed, with the page's status set: a
     * refusal in the service's own words ({@code said}), its 4xx passed on and a 5xx become 502; a service
     * that did not answer 503 and the text of this service's "unavailable" key.
     */
    public String failed(RestClientException failure, Locale locale, jakarta.servlet.http.HttpServletResponse response,
            java.util.function.Function<org.springframework.web.client.RestClientResponseException, String> said) {
        if (failure instanceof org.springframework.web.client.RestClientResponseException refused) {
            response.setStatus(refused.getStatusCode().is4xxClientError() ? refused.getStatusCode().value() : HttpStatus.BAD_GATEWAY.value());
            return said.apply(refused);
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        return messages.getMessage(unavailable, null, locale);
    }

    /**
     * What a service said when it refused: the messages of the fields it named, else the problem's
     * detail (both already in the person's language); {@code fallback} when it said nothing readable.
     */
    public static String said(org.springframework.web.client.RestClientResponseException refused, String fallback) {
        try {
            Map<?, ?> problem = refused.getResponseBodyAs(Map.class);
            if (problem != null && problem.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
                String fields = errors.stream().map(error -> error instanceof Map<?, ?> e && e.get("message") != null ? e.get("message").toString() : "")
                        .filter(text -> !text.isBlank()).reduce((a, b) -> a + " " + b).orElse("");
                if (!fields.isBlank()) {
                    return fields;
                }
            }
            if (problem != null && problem.get("detail") != null) {
                return problem.get("detail").toString();
            }
        } catch (RuntimeException notJson) {
            // the fallback below
        }
        return fallback;
    }
}

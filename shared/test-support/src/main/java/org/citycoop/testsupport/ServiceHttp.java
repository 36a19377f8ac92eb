package org.citycoop.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service under test over real HTTP as a client would: a bearer token or none, an
 * Accept-Language, a JSON body or none. One way for every integration test to speak to a service.
 */
public final class ServiceHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    private ServiceHttp(String base) {
        this.base = base;
    }

    /** The service listening on {@code port} of 127.0.0.1. */
    public static ServiceHttp on(int port) {
        return new ServiceHttp("http://127.0.0.1:" + port);
    }

    public HttpResponse<String> call(String method, String path, String token, String jsonBody, String language) {
        return call(method, path, token, jsonBody, language, java.util.Map.of());
    }

    /** As {@link #call(String, String, String, String, String)}, with more headers (an {@code Idempotency-Key}, say). */
    public HttpResponse<String> call(String method, String path, String token, String jsonBody, String language, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String path, String token, String language) {
        return call("GET", path, token, null, language);
    }

    /** The JSON body of a response. */
    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Sends any request; an I/O failure fails the test with the request named. */
    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

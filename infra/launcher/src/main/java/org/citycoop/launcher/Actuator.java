package org.citycoop.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A service's actuator over HTTP: its health, and the demo figures it reports at /actuator/info. */
final class Actuator {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Actuator() {}

    /** "UP", "DOWN", …, or empty when the service does not answer. */
    static Optional<String> health(int port) {
        return get(port, "/actuator/health").map(body -> body instanceof Map<?, ?> map ? map.get("status") : null)
                .filter(String.class::isInstance).map(String.class::cast);
    }

    /** The service's {@code demo} entry of /actuator/info, or empty. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> demo(int port) {
        return get(port, "/actuator/info").map(body -> body instanceof Map<?, ?> map ? map.get("demo") : null)
                .filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).orElse(Map.of());
    }

    private static Optional<Object> get(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(2))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            // a service that is not healthy answers 503 with its status
            return response.statusCode() == 200 || response.statusCode() == 503 ? Optional.ofNullable(Json.parse(response.body())) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

package org.citycoop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service must do, checked once here and inherited by each service's {@code *BasicsIT}:
 * start on real PostgreSQL and Kafka, migrate its database, report health, expose metrics and its
 * OpenAPI document, and answer unknown paths with a problem detail.
 */
public abstract class ServiceBasics {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Value("${spring.application.name}")
    protected String serviceName;

    @Autowired
    protected JdbcClient jdbc;

    @Test
    void reportsHealthUp() {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsTaggedWithTheService() {
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("service=\"" + serviceName + "\"");
    }

    @Test
    void publishesItsOpenApiDocument() {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("info").get("title").asString()).contains(serviceName);
    }

    @Test
    void migratesPlatformTablesWithFlyway() {
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE version = '0.1' AND success").query(Long.class).single())
                .isEqualTo(1L);
        for (String table : new String[] {"event_publication", "processed_event", "demo_data_set"}) {
            assertThat(jdbc.sql("SELECT to_regclass(:t) IS NOT NULL").param("t", table).query(Boolean.class).single())
                    .as("table " + table).isTrue();
        }
    }

    @Test
    void answersAnUnknownPathWithAProblemDetailAndNoInternals() {
        HttpResponse<String> response = get("/no-such-path");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    protected HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

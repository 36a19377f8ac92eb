package org.citycoop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected org.citycoop.platform.service.ApplicationSettings application;

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
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("service=\"" + application.name() + "\"");
    }

    @Test
    void publishesItsOpenApiDocument() {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("info").get("title").asString()).contains(application.name());
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

    @Autowired
    org.citycoop.platform.messaging.InboundEvents inbound;

    @Autowired
    org.citycoop.platform.messaging.ProcessedEventRetention retention;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * The consumers' memory of event ids is bounded: rows past the retention (14 days) go, in batches, by one instance at a
     * time; an id within the retention is still refused as a duplicate (ADR 5, ADR 23).
     */
    @Test
    void processedEventsPastTheRetentionArePrunedWhileADuplicateWithinItIsStillRefused() throws Exception {
        assertThat(retention.retention()).isEqualTo(java.time.Duration.ofDays(14));
        assertThat(jdbc.sql("SELECT to_regclass('processed_event_by_processed_at_idx') IS NOT NULL").query(Boolean.class).single())
                .as("the prune's index").isTrue();
        String name = application.name() + ".retention-check-" + java.util.UUID.randomUUID();
        java.util.List<java.util.UUID> applied = new java.util.concurrent.CopyOnWriteArrayList<>();
        var consumer = inbound.consumer(name).on(org.citycoop.contracts.identity.UserRegistered.class, e -> applied.add(e.userId())).build();
        java.util.UUID oldShopper = java.util.UUID.randomUUID();
        java.util.UUID recentShopper = java.util.UUID.randomUUID();
        io.cloudevents.CloudEvent old = registered(oldShopper);
        io.cloudevents.CloudEvent recent = registered(recentShopper);
        assertThat(consumer.accept(old)).isTrue();
        assertThat(consumer.accept(recent)).isTrue();
        // the first was processed 15 days ago, and so were 12 more events of the same consumer; the recent one 13 days ago
        jdbc.sql("UPDATE processed_event SET processed_at = now() - interval '15 days' WHERE consumer = :c AND event_id = :id")
                .param("c", name).param("id", old.getId()).update();
        jdbc.sql("UPDATE processed_event SET processed_at = now() - interval '13 days' WHERE consumer = :c AND event_id = :id")
                .param("c", name).param("id", recent.getId()).update();
        jdbc.sql("""
                INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                SELECT :c, gen_random_uuid()::text, 'test', now() - interval '15 days' - n * interval '1 minute' FROM generate_series(1, 12) n""")
                .param("c", name).update();
        var inBatchesOfFive = new org.citycoop.platform.messaging.ProcessedEventRetention(jdbc, transactions, retention.retention(), 5,
                java.time.Clock.systemUTC());

        // while another instance prunes (holds the lock), this one leaves the round to it
        Long whileLocked = transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('citycoop.processed_event.retention'))").query((rs, row) -> 1).single();
            return java.util.concurrent.CompletableFuture.supplyAsync(() -> inBatchesOfFive.prune(java.time.Instant.now())).join();
        });
        assertThat(whileLocked).isZero();
        assertThat(rowsOf(name)).isEqualTo(14);

        assertThat(inBatchesOfFive.prune(java.time.Instant.now())).isGreaterThanOrEqualTo(13);
        assertThat(jdbc.sql("SELECT event_id FROM processed_event WHERE consumer = :c").param("c", name).query(String.class).list())
                .containsExactly(recent.getId());
        assertThat(consumer.accept(recent)).as("a duplicate within the retention").isFalse();
        assertThat(consumer.accept(old)).as("an id past the retention is forgotten (the broker no longer has such an event)").isTrue();
        assertThat(applied).containsExactly(oldShopper, recentShopper, oldShopper);
    }

    private long rowsOf(String consumer) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :c").param("c", consumer).query(Long.class).single();
    }

    private static io.cloudevents.CloudEvent registered(java.util.UUID shopper) {
        var event = new org.citycoop.contracts.identity.UserRegistered(shopper, java.util.List.of("SHOPPER"), "at-feldbach", null,
                java.time.Instant.parse("2026-11-20T10:00:00Z"));
        var type = org.citycoop.contracts.events.EventCatalog.typeOf(event.getClass());
        return org.citycoop.platform.events.CloudEventsKafkaTransport.toCloudEvent(new org.citycoop.platform.events.OutgoingEvent(
                java.util.UUID.randomUUID().toString(), type, "urn:citycoop:identity-service", event.aggregateId(),
                org.citycoop.contracts.events.EventCatalog.topicOf(event.getClass()), java.time.Instant.now(), JSON.writeValueAsString(event)));
    }

    /** Text PostgreSQL cannot store is refused in any parameter, before anything reads it, naming the parameter (ADR 23). */
    @Test
    void aParameterWithTextThatCannotBeStoredIsRefusedWith400NamingIt() {
        for (String path : new String[] {"/api/me?note=ok&q=%00", "/actuator/health?q=Feld%00bach"}) {
            HttpResponse<String> response = call("GET", path, TestTokens.operator(), "hu");
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("urn:citycoop:problem:invalid-request");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("q");
            assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("olyan karaktereket tartalmaz");
        }
    }

    /**
     * Addresses the container or Spring Security's firewall refuse (encoded dots and slashes, {@code ;}, {@code //}, control
     * characters, characters a request target may not hold) are answered as problem details in the caller's language,
     * never the container's HTML page (ADR 23).
     */
    @Test
    void oddAddressesAreRefusedAsProblemDetailsNeverAsTheContainersHtmlPage() {
        String[] targets = {"/api/me/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/me%2Fx", "/api/%2e%2e/api/me", "/api/me;jsessionid=1", "//api/me",
            "/api/me/%00", "/api/me/%25", "/api/me\\..", "/api/me?q=a|b{c}", "/api/me/\u00ff"};
        for (String target : targets) {
            RawHttp.Answer answer = RawHttp.get(port, target, "sl");
            assertThat(answer.status()).as(target + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
            assertThat(answer.body()).as(target).doesNotContain("<html").doesNotContain("Tomcat").doesNotContain("Exception");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("status").asInt()).as(target).isEqualTo(400);
            assertThat(problem.get("type").asString()).as(target).isIn("urn:citycoop:problem:invalid-path", "urn:citycoop:problem:malformed");
            // a request line Tomcat cannot parse is refused before the headers are read: no Accept-Language, so English
            assertThat(problem.get("title").asString()).as(target).isIn("Neveljaven naslov", "Napačno oblikovana zahteva", "Malformed request");
        }
    }

    @Test
    void answersAnUnknownPathWithAProblemDetailAndNoInternals() {
        // anonymous callers learn nothing about which paths exist
        assertThat(get("/no-such-path").statusCode()).isEqualTo(401);
        // an operator is not allowed there either: everything without a rule is denied
        HttpResponse<String> response = call("GET", "/no-such-path", TestTokens.operator(), "en");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void withoutATokenTheCallerIsAskedToSignInInTheirLanguage() {
        HttpResponse<String> english = call("GET", "/api/me", null, "en");
        assertThat(english.statusCode()).isEqualTo(401);
        assertThat(english.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(english.body()).get("title").asString()).isEqualTo("Sign-in required");

        assertThat(JSON.readTree(call("GET", "/api/me", null, "de-AT,de;q=0.9").body()).get("title").asString()).isEqualTo("Anmeldung erforderlich");
        assertThat(JSON.readTree(call("GET", "/api/me", null, "sl").body()).get("title").asString()).isEqualTo("Potrebna je prijava");
        assertThat(JSON.readTree(call("GET", "/api/me", null, "hu-HU").body()).get("title").asString()).isEqualTo("Bejelentkezés szükséges");
    }

    @Test
    void aValidTokenIdentifiesTheCallerWithRolesAndScopes() {
        java.util.UUID merchant = java.util.UUID.randomUUID();
        HttpResponse<String> response = call("GET", "/api/me",
                TestTokens.token().subject("cashier-1").roles(org.citycoop.platform.security.Role.CASHIER).merchant(merchant).sign(), "en");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = JSON.readTree(response.body());
        assertThat(me.get("subject").asString()).isEqualTo("cashier-1");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("CASHIER");
        assertThat(me.get("merchantId").asString()).isEqualTo(merchant.toString());
    }

    @Test
    void expiredWrongAudienceWrongIssuerForgedAndGarbageTokensAreRejected() {
        var role = org.citycoop.platform.security.Role.OPERATOR;
        assertThat(call("GET", "/api/me", TestTokens.token().roles(role).expired().sign(), "en").statusCode()).as("expired").isEqualTo(401);
        assertThat(call("GET", "/api/me", TestTokens.token().roles(role).audience("some-other-api").sign(), "en").statusCode())
                .as("wrong audience").isEqualTo(401);
        assertThat(call("GET", "/api/me", TestTokens.token().roles(role).issuer("http://127.0.0.1:9999").sign(), "en").statusCode())
                .as("wrong issuer").isEqualTo(401);
        assertThat(call("GET", "/api/me", TestTokens.token().roles(role).forged().sign(), "en").statusCode()).as("forged signature")
                .isEqualTo(401);
        assertThat(call("GET", "/api/me", "not.a.token", "en").statusCode()).as("garbage").isEqualTo(401);
    }

    @Autowired
    org.citycoop.platform.security.EndpointRuleCoverage coverage;

    /**
     * Every endpoint of the service, called anonymously and with a token of each role: allowed
     * where its rule allows (anything but 401/403), 401 for anonymous callers otherwise, 403 for
     * signed-in callers otherwise.
     */
    @Test
    void everyEndpointAnswersEachRoleAsItsRuleSays() {
        assertThat(coverage.uncovered()).as("endpoints without a rule").isEmpty();
        var mappings = handlerMapping.getHandlerMethods();
        int checked = 0;
        for (var entry : mappings.entrySet()) {
            if (entry.getValue().getBeanType().getName().startsWith("org.spring")) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (var requestMethod : entry.getKey().getMethodsCondition().getMethods()) {
                    var method = org.springframework.http.HttpMethod.valueOf(requestMethod.name());
                    var rule = coverage.ruleFor(method, pattern).orElseThrow();
                    String path = pattern.replaceAll("\\{[^}]+}", "0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11").replace("/**", "/x");
                    int anonymous = call(method.name(), path, null, "en").statusCode();
                    if (rule.access() instanceof org.citycoop.platform.security.EndpointRule.BrowserSession
                            || rule.access() instanceof org.citycoop.platform.security.EndpointRule.PublicForm) {
                        // a page for signed-in browsers: without a session everyone is sent to sign in, tokens or not; a form
                        // or script posting without the session's CSRF token (also a public form's) is refused before anything else
                        int expected = method == org.springframework.http.HttpMethod.GET
                                && rule.access() instanceof org.citycoop.platform.security.EndpointRule.BrowserSession ? 302 : 403;
                        assertThat(anonymous).as("anonymous " + method + " " + path).isEqualTo(expected);
                        for (var role : org.citycoop.platform.security.Role.values()) {
                            assertThat(call(method.name(), path, TestTokens.of(role), "en").statusCode()).as(role + " " + method + " " + path)
                                    .isEqualTo(expected);
                        }
                        checked++;
                        continue;
                    }
                    if (rule.access().allows(false, java.util.Set.of())) {
                        assertThat(anonymous).as("anonymous " + method + " " + path).isNotIn(401, 403);
                    } else {
                        assertThat(anonymous).as("anonymous " + method + " " + path).isEqualTo(401);
                    }
                    for (var role : org.citycoop.platform.security.Role.values()) {
                        int status = call(method.name(), path, TestTokens.of(role), "en").statusCode();
                        if (rule.access().allows(true, java.util.Set.of(role))) {
                            assertThat(status).as(role + " " + method + " " + path).isNotIn(401, 403);
                        } else {
                            assertThat(status).as(role + " " + method + " " + path).isEqualTo(403);
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("endpoints checked (at least GET /api/me)").isPositive();
    }

    @Test
    void anotherOriginGetsNoCorsPermission() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET").build());
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anOversizedBodyIsRefusedWith413BeforeAnythingReadsIt() {
        String big = "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                .header("Content-Type", "application/json").header("Accept-Language", "sl")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("title").asString()).isEqualTo("Zahteva je prevelika");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session cookie").isEmpty();
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
    org.springframework.core.task.TaskExecutor senders;

    /** Committed events wait for Kafka in a bounded queue; a full one leaves them to the resubmission: memory stays bounded under overload. */
    @Test
    void theOutboxSendersAreBounded() {
        var pool = ((org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor) senders).getThreadPoolExecutor();
        assertThat(pool.getQueue().remainingCapacity() + pool.getQueue().size()).isEqualTo(2000);
        assertThat(pool.getRejectedExecutionHandler()).isInstanceOf(org.citycoop.platform.events.OutboxConfiguration.SendLater.class);
    }

    @Autowired
    java.util.List<org.springframework.scheduling.config.ScheduledTaskHolder> schedules;

    /** The outbox's resubmission (every 30 s, the first after 30 s) and the prune of processed events (hourly, the first after 5 min) are scheduled. */
    @Test
    void theOutboxResubmissionAndThePruneOfProcessedEventsAreScheduled() {
        var fixedDelays = schedules.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(org.springframework.scheduling.config.ScheduledTask::getTask)
                .filter(org.springframework.scheduling.config.FixedDelayTask.class::isInstance)
                .map(org.springframework.scheduling.config.FixedDelayTask.class::cast)
                .map(task -> "every " + task.getIntervalDuration() + ", first after " + task.getInitialDelayDuration())
                .toList();
        assertThat(fixedDelays).contains("every PT30S, first after PT30S", "every PT1H, first after PT5M");
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlerMapping;

    protected HttpResponse<String> get(String path) {
        return call("GET", path, null, "en");
    }

    /** Calls the service with an optional bearer token and Accept-Language; a JSON body {} for writes. */
    protected HttpResponse<String> call(String method, String path, String token, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return ServiceHttp.send(request);
    }
}

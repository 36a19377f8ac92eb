package org.citycoop.loadtests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static org.awaitility.Awaitility.await;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;

import org.citycoop.platform.demo.DemoIds;
import org.citycoop.testsupport.SignIn;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkout at full tilt against the running platform ({@code ./citycoop up}): the Feldbach bakery's
 * owner signs in and registers {@code terminals} tills at its store (identity-service issues their
 * client credentials; their 5-minute tokens are renewed every 3 minutes during the run), an operator
 * sells {@code vouchers} EUR 50 vouchers of the demo Feldbach program at the counter, and once
 * redemption-service knows them every virtual user redeems EUR 0.01 of a random one at the next till
 * in turn, each with its own Idempotency-Key: {@code rate} redemptions a second for {@code seconds}.
 * The tills stay within their own limit (20 a second each); the benchmark's tills are retired at the
 * end. Baseline in the same run: redemption-service's health endpoint at 10 a second. Goal: p99 < 50 ms, no
 * errors. Only 127.0.0.1; stops by itself.
 *
 * <pre>./mvnw -B -pl load-tests gatling:test -Dgatling.simulationClass=org.citycoop.loadtests.RedemptionSimulation -Drate=1000 -Dseconds=300</pre>
 */
public class RedemptionSimulation extends Simulation {

    private static final int RATE = Integer.getInteger("rate", 1000);
    private static final int SECONDS = Integer.getInteger("seconds", 300);
    private static final int VOUCHERS = Integer.getInteger("vouchers", 2000);
    private static final int TERMINALS = Integer.getInteger("terminals", Math.max(4, (RATE + 14) / 15));
    private static final String IDENTITY = System.getProperty("identityService", "http://127.0.0.1:9000");
    private static final String MERCHANTS = System.getProperty("merchantService", "http://127.0.0.1:8081");
    private static final String VOUCHER_SERVICE = System.getProperty("voucherService", "http://127.0.0.1:8082");
    private static final String REDEMPTION = System.getProperty("redemptionService", "http://127.0.0.1:8083");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final UUID BAKERY = DemoIds.merchant("Bäckerei Fasching");
    private static final UUID STORE = DemoIds.store("Bäckerei Fasching");
    private static final UUID FELDBACH_PROGRAM = DemoIds.program("Feldbach city voucher");

    private final List<String> terminalIds = new ArrayList<>();
    private final List<String[]> credentials = new ArrayList<>();
    private final AtomicReferenceArray<String> tokens = new AtomicReferenceArray<>(TERMINALS);
    private final List<String> codes = new ArrayList<>();
    private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor();
    private String ownerToken = "";

    @Override
    public void before() {
        SignIn signIn = SignIn.at(IDENTITY);
        ownerToken = signIn.person("owner.fasching@citycoop.demo", DemoIds.PASSWORD);
        String operatorToken = signIn.person("operator@citycoop.demo", DemoIds.PASSWORD);
        String tills = MERCHANTS + "/api/merchants/" + BAKERY + "/stores/" + STORE + "/terminals";
        for (int i = 0; i < TERMINALS; i++) {
            JsonNode till = JSON.readTree(expect(201, post(tills, ownerToken, "{\"label\":\"Benchmark till " + (i + 1) + "\",\"kind\":\"POS\"}", Map.of())));
            terminalIds.add(till.get("id").asString());
        }
        for (String terminal : terminalIds) {
            String uri = IDENTITY + "/api/terminals/" + terminal + "/credentials";
            // identity-service learns of the till from an event
            HttpResponse<String> issued = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> post(uri, ownerToken, "", Map.of()), response -> response.statusCode() != 404);
            JsonNode secret = JSON.readTree(expect(201, issued));
            credentials.add(new String[] {secret.get("clientId").asString(), secret.get("clientSecret").asString()});
        }
        renewTokens();
        renewal.scheduleAtFixedRate(this::renewTokens, 3, 3, TimeUnit.MINUTES);

        for (int sold = 0; sold < VOUCHERS; sold += 50) {
            int quantity = Math.min(50, VOUCHERS - sold);
            JsonNode sale = JSON.readTree(expect(201, post(VOUCHER_SERVICE + "/api/counter-sales", operatorToken, "{\"programId\":\"" + FELDBACH_PROGRAM
                    + "\",\"amount\":50,\"currency\":\"EUR\",\"paymentMethod\":\"CASH\",\"quantity\":" + quantity + "}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()))));
            sale.get("vouchers").forEach(voucher -> codes.add(voucher.get("code").asString()));
        }
        // redemption-service learns the vouchers from VoucherIssued: wait for each (a scan of an unknown code counts against its till, so
        // first the last one sold, at most one scan a second, then every one)
        String last = codes.getLast();
        AtomicLong attempts = new AtomicLong();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> known(last, (int) attempts.getAndIncrement()));
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int till = i;
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> known(code, till + (int) attempts.getAndIncrement()));
        }
        System.out.printf("benchmark: %d tills, %d vouchers known to redemption-service; %d redemptions a second for %d s%n", TERMINALS, codes.size(),
                RATE, SECONDS);
    }

    @Override
    public void after() {
        renewTokens();
        long seconds = Math.max(1, (lastApproval.get() - firstApproval.get()) / 1000);
        System.out.printf("benchmark: approved %d redemptions in %d s: %d approved a second%n", approved.get(), seconds, approved.get() / seconds);
        // reconciliation: what the vouchers lost is what was approved (and at most what timed out on the way back besides)
        long debited = 0;
        for (int i = 0; i < codes.size(); i++) {
            HttpResponse<String> scan = post(REDEMPTION + "/api/checkout/scans", tokens.get(i % TERMINALS), "{\"code\":\"" + codes.get(i) + "\"}", Map.of());
            debited += 5000 - JSON.readTree(expect(200, scan)).get("balance").decimalValue().movePointRight(2).longValueExact();
        }
        System.out.printf("benchmark: reconciliation: the vouchers lost %d cents; %d redemptions of 1 cent were approved to Gatling (%s)%n", debited,
                approved.get(), debited == approved.get() ? "equal" : "differ by " + (debited - approved.get()) + ": answers lost on the way back");
        renewal.shutdownNow();
        for (String terminal : terminalIds) {
            post(MERCHANTS + "/api/merchants/" + BAKERY + "/stores/" + STORE + "/terminals/" + terminal + "/retirement", ownerToken, "", Map.of());
        }
    }

    private final AtomicLong turn = new AtomicLong();

    private final Iterator<Map<String, Object>> feeder = Stream.generate(() -> {
        long n = turn.getAndIncrement();
        return Map.<String, Object>of("token", tokens.get((int) (n % TERMINALS)), "code", codes.get(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(codes.size())), "key", UUID.randomUUID().toString());
    }).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(REDEMPTION).acceptHeader("application/json").acceptLanguageHeader("de-AT")
            .contentTypeHeader("application/json").shareConnections();

    private final ScenarioBuilder baseline = scenario("baseline: health")
            .exec(http("GET /actuator/health").get("/actuator/health").check(status().is(200)));

    private final AtomicLong approved = new AtomicLong();
    private final AtomicLong firstApproval = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastApproval = new AtomicLong();

    private final ScenarioBuilder redemptions = scenario("redemptions").feed(feeder)
            .exec(http("POST /api/checkout/redemptions").post("/api/checkout/redemptions")
                    .header("Authorization", "Bearer #{token}").header("Idempotency-Key", "#{key}")
                    .body(StringBody("{\"code\":\"#{code}\",\"amount\":0.01,\"currency\":\"EUR\"}"))
                    .check(status().is(201), jsonPath("$.redemptionId").exists()))
            .exec(session -> {
                if (!session.isFailed()) {
                    long now = System.currentTimeMillis();
                    approved.incrementAndGet();
                    firstApproval.accumulateAndGet(now, Math::min);
                    lastApproval.accumulateAndGet(now, Math::max);
                }
                return session;
            });

    {
        setUp(
                baseline.injectOpen(constantUsersPerSec(10).during(Duration.ofSeconds(SECONDS))),
                redemptions.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS + 60))
                .assertions(
                        // the goal
                        global().failedRequests().count().is(0L),
                        details("POST /api/checkout/redemptions").responseTime().percentile(99.0).lt(50),
                        details("POST /api/checkout/redemptions").requestsPerSec().gte(RATE * 0.99),
                        // no goal of their own: the report and redemption-benchmark.sh print their measured values
                        details("POST /api/checkout/redemptions").responseTime().percentile(50.0).lt(60_000),
                        details("POST /api/checkout/redemptions").responseTime().percentile(95.0).lt(60_000),
                        details("POST /api/checkout/redemptions").successfulRequests().count().gte(0L),
                        details("GET /actuator/health").responseTime().percentile(99.0).lt(60_000));
    }

    private void renewTokens() {
        for (int i = 0; i < TERMINALS; i++) {
            tokens.set(i, SignIn.at(IDENTITY).client(credentials.get(i)[0], credentials.get(i)[1]));
        }
    }

    private boolean known(String code, int attempt) {
        HttpResponse<String> scan = post(REDEMPTION + "/api/checkout/scans", tokens.get(attempt % TERMINALS), "{\"code\":\"" + code + "\"}", Map.of());
        return scan.statusCode() == 200 && JSON.readTree(scan.body()).path("known").asBoolean(false);
    }

    private static HttpResponse<String> post(String uri, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException closedWhileIdle) { // a kept-alive connection the server has closed: once more on a new one
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(uri + " does not answer: is the platform up (./citycoop up)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}

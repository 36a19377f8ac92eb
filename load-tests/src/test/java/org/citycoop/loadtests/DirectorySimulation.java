package org.citycoop.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The public directory over 50,000 active merchants (load them with
 * {@code load-tests/src/test/resources/directory/merchants-50k.sql}, then who accepts which program
 * with {@code programs-and-acceptance.sql}): searches by city, city and sector, name part, country
 * and name, nearest pharmacies or bakeries from a point, and "where can I spend this voucher?" (by
 * program, program and sector, program nearest first), with merchant-service's health endpoint as
 * the baseline in the same run. Goal: p95 < 50 ms.
 *
 * <pre>./mvnw -B -pl load-tests gatling:test -Dgatling.simulationClass=org.citycoop.loadtests.DirectorySimulation -Drate=100 -Dseconds=60</pre>
 */
public class DirectorySimulation extends Simulation {

    private static final int RATE = Integer.getInteger("rate", 100);
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final String MERCHANT_SERVICE = System.getProperty("merchantService", "http://127.0.0.1:8081");

    private static final List<String> CITIES = List.of("at-feldbach", "at-weiz", "at-hartberg", "at-gleisdorf", "si-ptuj", "si-murska-sobota",
            "si-radenci", "si-lendava", "hu-lenti", "hu-szentgotthard", "hu-kormend", "hu-nagykanizsa");
    private static final List<String> SECTORS = List.of("10.71", "47.73", "47.61", "56.10", "47.11", "96.02");
    private static final List<String> WORDS = List.of("bäck", "apoth", "café", "lekarna", "gyógy", "novak", "horváth", "müller", "optik", "sport");
    private static final List<double[]> POINTS = List.of(new double[] {46.9536, 15.8886}, new double[] {46.42, 15.87},
            new double[] {46.6425, 16.0406}, new double[] {46.6244, 16.5389}, new double[] {47.2806, 15.97});

    /** The benchmark programs of programs-and-acceptance.sql: the region, Feldbach alone, Ptuj with Ormož and Lenart. */
    private static final List<String> PROGRAMS = List.of("00000000-0000-4000-8000-00000000b001", "00000000-0000-4000-8000-00000000b002",
            "00000000-0000-4000-8000-00000000b003");

    private static <T> T any(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    /** A new random query for every virtual user: a mix of what shoppers ask. */
    private static final Supplier<String[]> QUERIES = () -> switch (ThreadLocalRandom.current().nextInt(8)) {
        case 0 -> new String[] {"city", "city=" + any(CITIES)};
        case 1 -> new String[] {"city+sector", "city=" + any(CITIES) + "&sector=" + any(SECTORS)};
        case 2 -> new String[] {"name part", "q=" + any(WORDS)};
        case 3 -> new String[] {"country+name+page",
            "country=" + any(List.of("AT", "SI", "HU")) + "&q=" + any(WORDS) + "&page=" + ThreadLocalRandom.current().nextInt(3)};
        case 4 -> {
            double[] point = any(POINTS);
            yield new String[] {"sector nearest", "sector=" + any(SECTORS) + "&lat=" + point[0] + "&lon=" + point[1]};
        }
        // where can I spend this voucher: by program, with a sector, nearest first
        case 5 -> new String[] {"program", "program=" + any(PROGRAMS)};
        case 6 -> new String[] {"program+sector", "program=" + any(PROGRAMS) + "&sector=" + any(SECTORS)};
        default -> {
            double[] point = any(POINTS);
            yield new String[] {"program nearest", "program=" + any(PROGRAMS) + "&lat=" + point[0] + "&lon=" + point[1]};
        }
    };

    private final Iterator<Map<String, Object>> feeder = Stream.generate(() -> {
        String[] query = QUERIES.get();
        return Map.<String, Object>of("name", query[0], "query", query[1]);
    }).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(MERCHANT_SERVICE).acceptHeader("application/json")
            .acceptLanguageHeader("de-AT,de;q=0.9").shareConnections();

    private final ScenarioBuilder baseline = scenario("baseline: health")
            .exec(http("GET /actuator/health").get("/actuator/health").check(status().is(200)));

    private final ScenarioBuilder directory = scenario("directory")
            .feed(feeder)
            // one group for the goal, one request name per kind of search to see which costs what
            .group("GET /api/directory").on(exec(http("#{name}").get("/api/directory?#{query}")
                    .check(status().is(200), jsonPath("$.total").ofLong().gte(0L))));

    {
        setUp(
                baseline.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))),
                directory.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS + 30))
                .assertions(
                        global().failedRequests().percent().lt(0.1),
                        details("GET /actuator/health").responseTime().percentile(50.0).lt(50),
                        details("GET /api/directory").responseTime().percentile(50.0).lt(50),
                        forAll().failedRequests().percent().lt(0.1),
                        // each kind of search on its own (the report prints the measured value of each)
                        details("GET /api/directory", "city").responseTime().percentile(95.0).lt(100),
                        details("GET /api/directory", "city+sector").responseTime().percentile(95.0).lt(100),
                        details("GET /api/directory", "name part").responseTime().percentile(95.0).lt(100),
                        details("GET /api/directory", "country+name+page").responseTime().percentile(95.0).lt(100),
                        details("GET /api/directory", "sector nearest").responseTime().percentile(95.0).lt(100),
                        details("GET /api/directory", "program").responseTime().percentile(95.0).lt(100),
                        details("GET /api/directory", "program+sector").responseTime().percentile(95.0).lt(100),
                        details("GET /api/directory", "program nearest").responseTime().percentile(95.0).lt(100),
                        details("GET /actuator/health").responseTime().percentile(95.0).lt(50),
                        details("GET /api/directory").responseTime().percentile(95.0).lt(50),
                        details("GET /api/directory").responseTime().percentile(99.0).lt(250));
    }
}

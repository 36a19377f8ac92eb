package org.citycoop.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Reads against the running platform (./citycoop up): the partner-city list of merchant-service,
 * with the same service's health endpoint as the baseline measured in the same run (what a request
 * costs before any business code or SQL). Only 127.0.0.1; stops by itself.
 *
 * <pre>./mvnw -B -pl load-tests gatling:test -Drate=200 -Dseconds=30</pre>
 */
public class PlatformReadSimulation extends Simulation {

    private static final int RATE = Integer.getInteger("rate", 200);
    private static final int SECONDS = Integer.getInteger("seconds", 30);
    private static final String MERCHANT_SERVICE = System.getProperty("merchantService", "http://127.0.0.1:8081");

    private final HttpProtocolBuilder protocol = http.baseUrl(MERCHANT_SERVICE).acceptHeader("application/json").shareConnections();

    private final ScenarioBuilder baseline = scenario("baseline: health")
            .exec(http("GET /actuator/health").get("/actuator/health").check(status().is(200)));

    private final ScenarioBuilder cities = scenario("partner cities")
            .exec(http("GET /api/cities").get("/api/cities").check(status().is(200), jsonPath("$[*].code").count().is(24)));

    {
        setUp(
                baseline.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))),
                cities.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS + 30))
                // each line of the assertion report prints the measured value: baseline and cities side by side
                .assertions(
                        global().failedRequests().percent().lt(0.1),
                        details("GET /actuator/health").responseTime().percentile(50.0).lt(50),
                        details("GET /api/cities").responseTime().percentile(50.0).lt(50),
                        details("GET /actuator/health").responseTime().percentile(95.0).lt(50),
                        details("GET /api/cities").responseTime().percentile(95.0).lt(50),
                        details("GET /actuator/health").responseTime().percentile(99.0).lt(250),
                        details("GET /api/cities").responseTime().percentile(99.0).lt(250));
    }
}

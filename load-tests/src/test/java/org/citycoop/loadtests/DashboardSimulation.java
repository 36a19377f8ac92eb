package org.citycoop.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.testsupport.SignIn;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The economists' dashboard queries against analytics-service over 10 million facts (load them with
 * {@code load-tests/dashboard-benchmark.sh}): each query of the dashboards, {@code rate} times a second
 * for {@code seconds} (arrivals at random), as the region's economist, each reported on its own; analytics-service's health
 * endpoint as the baseline in the same run. Goal: every query p95 < 100 ms. Only 127.0.0.1; stops by itself.
 *
 * <pre>./mvnw -B -pl load-tests gatling:test -Dgatling.simulationClass=org.citycoop.loadtests.DashboardSimulation -Drate=0.5 -Dseconds=60</pre>
 */
public class DashboardSimulation extends Simulation {

    private static final double RATE = Double.parseDouble(System.getProperty("rate", "0.5"));
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final String ANALYTICS = System.getProperty("analyticsService", "http://127.0.0.1:8085");
    private static final String IDENTITY = System.getProperty("identityService", "http://127.0.0.1:9000");

    /** The dashboards' queries: name → path (the benchmark's facts run from 2025-01-01 to 2026-10-31). */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        String year = "from=2025-01-01&to=2025-12-31";
        String quarter = "from=2026-07-01&to=2026-09-30";
        String last30 = "from=2026-10-02&to=2026-10-31";
        QUERIES.put("spending by month, a year", "/api/analytics/spending?groupBy=month&" + year);
        QUERIES.put("spending by month, 10 months vs a year before", "/api/analytics/spending?groupBy=month&compare=year&from=2026-01-01&to=2026-10-31");
        QUERIES.put("spending by city, 30 days vs the 30 before", "/api/analytics/spending?groupBy=city&compare=previous&" + last30);
        QUERIES.put("spending by sector, a quarter", "/api/analytics/spending?groupBy=sector&" + quarter);
        QUERIES.put("spending by sector in 3 cities, a year", "/api/analytics/spending?groupBy=sector&cities=si-ptuj,si-ormoz,si-lenart&" + year);
        QUERIES.put("spending by country, a year", "/api/analytics/spending?groupBy=country&" + year);
        QUERIES.put("spending by program, a quarter", "/api/analytics/spending?groupBy=program&" + quarter);
        QUERIES.put("spending by day, 2 months", "/api/analytics/spending?groupBy=day&from=2026-09-01&to=2026-10-31");
        QUERIES.put("spending by week, a quarter", "/api/analytics/spending?groupBy=week&" + quarter);
        QUERIES.put("top 10 shops, a year", "/api/analytics/spending?groupBy=merchant&top=10&" + year);
        QUERIES.put("top 10 shops, 30 days", "/api/analytics/spending?groupBy=merchant&top=10&" + last30);
        QUERIES.put("flows issuer to shop, a year", "/api/analytics/flows?by=issuer&" + year);
        QUERIES.put("flows home to shop, a quarter", "/api/analytics/flows?by=home&" + quarter);
        QUERIES.put("cities, a year", "/api/analytics/cities?" + year);
        QUERIES.put("retention, a quarter", "/api/analytics/retention?" + quarter);
        QUERIES.put("vouchers and float by issuer, a month", "/api/analytics/vouchers?groupBy=issuer&from=2026-10-01&to=2026-10-31");
        QUERIES.put("vouchers by program, a year", "/api/analytics/vouchers?groupBy=program&" + year);
        QUERIES.put("points by month, a year", "/api/analytics/points?groupBy=month&" + year);
        QUERIES.put("points by city, a quarter", "/api/analytics/points?groupBy=city&" + quarter);
    }

    private final String token = SignIn.at(IDENTITY).person("economist@citycoop.demo", org.citycoop.platform.demo.DemoIds.PASSWORD);

    private final HttpProtocolBuilder protocol = http.baseUrl(ANALYTICS).acceptHeader("application/json").shareConnections();

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        List<Assertion> assertions = new ArrayList<>(List.of(global().failedRequests().percent().lt(0.1)));
        populations.add(scenario("baseline: health").exec(http("baseline: GET /actuator/health").get("/actuator/health").check(status().is(200)))
                .injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS)).randomized()));
        assertions.add(details("baseline: GET /actuator/health").responseTime().percentile(95.0).lt(100));
        QUERIES.forEach((name, path) -> {
            populations.add(scenario(name).exec(http(name).get(path).header("Authorization", "Bearer " + token)
                    .check(status().is(200), jsonPath("$.from").exists()))
                    .injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS)).randomized()));
            // each line of the assertion report prints the measured value
            assertions.add(details(name).responseTime().percentile(95.0).lt(100));
        });
        setUp(populations).protocols(protocol).maxDuration(Duration.ofSeconds(SECONDS + 60)).assertions(assertions);
    }
}

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
import io.gatling.javaapi.core.OpenInjectionStep;
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

    /**
     * The dashboards' queries: name → path below {@code /api/analytics/}, with the periods the benchmark's facts
     * (2025-01-01 to 2026-10-31) allow: {year} 2025, {quarter} Q3 2026, {last30} the last 30 days.
     */
    static final Map<String, String> QUERIES = queries("""
            spending by month, a year                      | spending?groupBy=month&{year}
            spending by month, 10 months vs a year before  | spending?groupBy=month&compare=year&from=2026-01-01&to=2026-10-31
            spending by city, 30 days vs the 30 before     | spending?groupBy=city&compare=previous&{last30}
            spending by sector, a quarter                  | spending?groupBy=sector&{quarter}
            spending by sector in 3 cities, a year         | spending?groupBy=sector&cities=si-ptuj,si-ormoz,si-lenart&{year}
            spending by country, a year                    | spending?groupBy=country&{year}
            spending by program, a quarter                 | spending?groupBy=program&{quarter}
            spending by day, 2 months                      | spending?groupBy=day&from=2026-09-01&to=2026-10-31
            spending by week, a quarter                    | spending?groupBy=week&{quarter}
            top 10 shops, a year                           | spending?groupBy=merchant&top=10&{year}
            top 10 shops, 30 days                          | spending?groupBy=merchant&top=10&{last30}
            flows issuer to shop, a year                   | flows?by=issuer&{year}
            flows home to shop, a quarter                  | flows?by=home&{quarter}
            cities, a year                                 | cities?{year}
            retention, a quarter                           | retention?{quarter}
            vouchers and float by issuer, a month          | vouchers?groupBy=issuer&from=2026-10-01&to=2026-10-31
            vouchers by program, a year                    | vouchers?groupBy=program&{year}
            points by month, a year                        | points?groupBy=month&{year}
            points by city, a quarter                      | points?groupBy=city&{quarter}
            """);

    private static Map<String, String> queries(String table) {
        Map<String, String> periods = Map.of("{year}", "from=2025-01-01&to=2025-12-31", "{quarter}", "from=2026-07-01&to=2026-09-30",
                "{last30}", "from=2026-10-02&to=2026-10-31");
        Map<String, String> queries = new LinkedHashMap<>();
        table.lines().map(line -> line.split("\\|")).forEach(row -> {
            String path = "/api/analytics/" + row[1].strip();
            for (var period : periods.entrySet()) {
                path = path.replace(period.getKey(), period.getValue());
            }
            queries.put(row[0].strip(), path);
        });
        return queries;
    }

    private final String token = SignIn.at(IDENTITY).person("economist@citycoop.demo", org.citycoop.platform.demo.DemoIds.PASSWORD);

    private final HttpProtocolBuilder protocol = http.baseUrl(ANALYTICS).acceptHeader("application/json").shareConnections();

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        List<Assertion> assertions = new ArrayList<>(List.of(global().failedRequests().percent().lt(0.1)));
        populations.add(scenario("baseline: health").exec(http("baseline: GET /actuator/health").get("/actuator/health").check(status().is(200)))
                .injectOpen(arrivals()));
        assertions.add(p95Below100Ms("baseline: GET /actuator/health"));
        QUERIES.forEach((name, path) -> {
            populations.add(scenario(name).exec(http(name).get(path).header("Authorization", "Bearer " + token)
                    .check(status().is(200), jsonPath("$.from").exists()))
                    .injectOpen(arrivals()));
            // each line of the assertion report prints the measured value
            assertions.add(p95Below100Ms(name));
        });
        setUp(populations).protocols(protocol).maxDuration(Duration.ofSeconds(SECONDS + 60)).assertions(assertions);
    }

    /** RATE arrivals a second, at random, for SECONDS: the same for every query and the baseline. */
    private static OpenInjectionStep arrivals() {
        return constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS)).randomized();
    }

    /** The goal of each request: p95 < 100 ms. */
    private static Assertion p95Below100Ms(String request) {
        return details(request).responseTime().percentile(95.0).lt(100);
    }
}

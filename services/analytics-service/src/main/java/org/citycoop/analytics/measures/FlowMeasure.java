package org.citycoop.analytics.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citycoop.analytics.measures.decision.Countries;
import org.citycoop.analytics.measures.decision.Suppression;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Flows: where the money of vouchers was spent, from the issuing city (or the shopper's home city) to
 * the city of the shop, per pair of cities and per pair of countries ({@link Countries}). SQL over the
 * spend rollup (by issuer) or the flow rollup (by home city).
 */
@Component
@RequiredArgsConstructor
class FlowMeasure {

    /** Where the money of vouchers was spent: from the issuing city (or the shopper's home city) to the city of the shop. */
    record Flow(String from, String fromCountry, String to, String toCountry, BigDecimal amount, Long shoppers, boolean suppressed) {
    }

    /** Flows between cities and their totals between countries (AT, SI, HU; "network" for the cooperation's own vouchers). */
    record FlowAnswer(String currency, LocalDate from, LocalDate to, String by, List<Flow> cities, List<Flow> countries) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cities.forEach(f -> rows.add(Arrays.asList("city", f.from(), f.to(), f.amount(), f.shoppers(), f.suppressed())));
            countries.forEach(f -> rows.add(Arrays.asList("country", f.from(), f.to(), f.amount(), f.shoppers(), f.suppressed())));
            return new Table("flows by " + by, List.of("level", "from", "to", "amount_" + currency.toLowerCase(Locale.ROOT), "shoppers", "suppressed"),
                    rows);
        }
    }

    /** Where a flow starts, and the SQL column of it. */
    enum FlowBy {
        ISSUER("r.issuer"), HOME("r.home_city");

        final String origin;

        FlowBy(String origin) {
            this.origin = origin;
        }
    }

    private final JdbcClient jdbc;
    private final Suppression suppression;

    FlowAnswer flows(Scope scope, FlowBy by) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(Filters.of(scope, params, false, "r.city_code", "r.country_code", "r.sector", "r.program_id"));
        if (!scope.everyCity()) {
            // an economist bound to cities sees the flows into or out of them
            where.append(" AND (r.city_code = ANY(:visible) OR coalesce(%s, '') = ANY(:visible))".formatted(by.origin));
            params.put("visible", scope.visibleCities().toArray(String[]::new));
        }
        if (!scope.cities().isEmpty()) {
            where.append(" AND (r.city_code = ANY(:cities) OR coalesce(%s, '') = ANY(:cities))".formatted(by.origin));
            params.put("cities", scope.cities().toArray(String[]::new));
        }
        // city to city, and (with the same rows) country to country: a shopper in two city cells of one country pair counts once
        record Row(boolean country, String origin, String destination, long cents, long shoppers) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT GROUPING(coalesce(%1$s, 'unknown'), r.city_code) > 0 AS country,
                       coalesce(coalesce(%1$s, 'unknown'), %2$s) AS origin, coalesce(r.city_code, %3$s) AS destination,
                       sum(r.cents) AS cents, %4$s AS shoppers
                FROM %5$s r
                WHERE true %6$s
                GROUP BY GROUPING SETS ((coalesce(%1$s, 'unknown'), r.city_code), (%2$s, %3$s))
                ORDER BY 1, 2, 3""".formatted(by.origin, countryCase(by.origin), countryCase("r.city_code"), Sketches.distinct("r.shoppers"),
                Cover.load(jdbc).rows(by == FlowBy.HOME ? "flow" : "spend", scope.from(), scope.to(), false, params), where)).params(params)
                .query(Row.class).list();
        List<Flow> cities = new ArrayList<>();
        List<Flow> countryFlows = new ArrayList<>();
        for (Row row : rows) {
            boolean suppressed = suppression.hides(row.shoppers());
            if (row.country()) {
                countryFlows.add(new Flow(row.origin(), row.origin(), row.destination(), row.destination(), suppressed ? null : scope.show(row.cents()),
                        suppressed ? null : row.shoppers(), suppressed));
            } else {
                cities.add(new Flow(row.origin(), Countries.of(row.origin()), row.destination(), Countries.of(row.destination()),
                        suppressed ? null : scope.show(row.cents()), suppressed ? null : row.shoppers(), suppressed));
            }
        }
        return new FlowAnswer(scope.currency(), scope.from(), scope.to(), by.name().toLowerCase(Locale.ROOT), cities, countryFlows);
    }

    /** SQL: the country of a city code, as {@link Countries#of} tells it. */
    private static String countryCase(String origin) {
        return "(CASE WHEN %1$s = 'cooperation' THEN 'network' WHEN %1$s LIKE 'at-%%' THEN 'AT' WHEN %1$s LIKE 'si-%%' THEN 'SI' WHEN %1$s LIKE 'hu-%%' THEN 'HU' ELSE 'unknown' END)"
                .formatted(origin);
    }
}

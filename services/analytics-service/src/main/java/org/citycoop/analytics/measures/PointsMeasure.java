package org.citycoop.analytics.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.analytics.measures.decision.Suppression;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Points issued, converted, expired and reversed in the period, by month or (issued only) by the city of
 * the purchase, and the points outstanding (a liability, points not money) at its end. SQL over the
 * points rollup.
 */
@Component
@RequiredArgsConstructor
class PointsMeasure {

    /** Points issued, converted, expired and reversed in the period, and the points outstanding (a liability) at its end. */
    record PointsCell(String key, Long issued, Long converted, Long expired, Long reversed,
            Long shoppers, boolean suppressed) {
    }

    record PointsAnswer(LocalDate from, LocalDate to, String groupBy, List<PointsCell> cells, Long outstanding) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cells.forEach(c -> rows.add(Arrays.asList(c.key(), c.issued(), c.converted(), c.expired(), c.reversed(), c.shoppers(), c.suppressed())));
            rows.add(Arrays.asList("outstanding at " + to, null, null, null, null, null, false));
            rows.get(rows.size() - 1).set(1, outstanding);
            return new Table("points by " + groupBy, List.of(groupBy, "issued", "converted", "expired", "reversed", "shoppers", "suppressed"), rows);
        }
    }

    private final JdbcClient jdbc;
    private final Suppression suppression;

    PointsAnswer points(Scope scope, boolean byCity) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        String key = "to_char(r.day, 'YYYY-MM')";
        if (byCity) {
            // only accruals know the city of the purchase
            key = "r.city_code";
            where.append(" AND r.kind = 'ACCRUED'");
            Filters.visible(where, params, scope, "r.city_code");
            Filters.restrict(where, params, "r.city_code", "cities", scope.cities());
        }
        record Row(String key, long issued, long converted, long expired, long reversed, long shoppers) {
        }
        Cover cover = Cover.load(jdbc);
        List<Row> rows = jdbc.sql("""
                SELECT %s AS key, coalesce(sum(r.points) FILTER (WHERE r.kind = 'ACCRUED'), 0) AS issued,
                       coalesce(sum(r.points) FILTER (WHERE r.kind = 'CONVERTED'), 0) AS converted,
                       coalesce(sum(r.points) FILTER (WHERE r.kind = 'EXPIRED'), 0) AS expired,
                       coalesce(sum(r.points) FILTER (WHERE r.kind = 'REVERSED'), 0) AS reversed, %s AS shoppers
                FROM %s r WHERE true %s GROUP BY 1 ORDER BY 1""".formatted(key, Sketches.distinct("r.shoppers"),
                cover.rows("points", scope.from(), scope.to(), false, params), where)).params(params).query(Row.class).list();
        Map<String, Object> until = new HashMap<>();
        long outstanding = jdbc.sql("SELECT coalesce(sum(CASE WHEN r.kind = 'ACCRUED' THEN r.points ELSE -r.points END), 0) FROM %s r"
                .formatted(cover.rows("points", Cover.BEGINNING, scope.to(), false, until))).params(until).query(Long.class).single();
        return new PointsAnswer(scope.from(), scope.to(), byCity ? "city" : "month", rows.stream()
                .map(row -> suppression.hides(row.shoppers()) ? new PointsCell(row.key(), null, null, null, null, null, true)
                        : new PointsCell(row.key(), row.issued(), row.converted(), row.expired(), row.reversed(), row.shoppers(), false))
                .toList(), outstanding);
    }
}

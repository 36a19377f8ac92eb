package org.citycoop.analytics.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.analytics.measures.decision.Ratios;
import org.citycoop.analytics.measures.decision.Suppression;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Local retention: the share of a city's voucher money spent in that city rather than elsewhere in the
 * network (the cooperation's own vouchers have no home city and are left out). SQL over the spend rollup.
 */
@Component
@RequiredArgsConstructor
class RetentionMeasure {

    /** Local retention: the share of a city's voucher money spent in that city rather than elsewhere in the network. */
    record Retention(String issuer, BigDecimal spent, BigDecimal spentAtHome, BigDecimal percentAtHome,
            Long shoppers, boolean suppressed) {
    }

    record RetentionAnswer(String currency, LocalDate from, LocalDate to, List<Retention> cities) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cities.forEach(c -> rows.add(Arrays.asList(c.issuer(), c.spent(), c.spentAtHome(), c.percentAtHome(), c.shoppers(), c.suppressed())));
            return new Table("retention", List.of("issuer", "spent", "spent_at_home", "percent_at_home", "shoppers", "suppressed"), rows);
        }
    }

    private final JdbcClient jdbc;
    private final Suppression suppression;

    RetentionAnswer retention(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        Filters.issuers(where, params, scope, "r.issuer");
        record Row(String issuer, long cents, long homeCents, long shoppers) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT r.issuer, sum(r.cents) AS cents, coalesce(sum(r.cents) FILTER (WHERE r.city_code = r.issuer), 0) AS home_cents, %s AS shoppers
                FROM %s r
                WHERE r.issuer <> 'cooperation' %s
                GROUP BY r.issuer ORDER BY r.issuer""".formatted(Sketches.distinct("r.shoppers"),
                Cover.load(jdbc).rows("spend", scope.from(), scope.to(), false, params), where)).params(params).query(Row.class).list();
        // nothing (or less than nothing, after reversals) spent: no share to show
        return new RetentionAnswer(scope.currency(), scope.from(), scope.to(), rows.stream()
                .map(row -> suppression.hides(row.shoppers()) || row.cents() <= 0 ? new Retention(row.issuer(), null, null, null, null, true)
                        : new Retention(row.issuer(), scope.show(row.cents()), scope.show(row.homeCents()), Ratios.percent(row.homeCents(), row.cents()),
                                row.shoppers(), false))
                .toList());
    }
}

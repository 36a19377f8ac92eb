package org.citycoop.analytics.measures;

import java.math.BigDecimal;
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
 * Vouchers of each issuer (or program): sold in the period (count, face value), spent in the period,
 * expired (breakage) and cancelled (refunds) in the period, and the float at the period's end: face
 * value of everything issued until then − spent + reversed − breakage − refunds until then. SQL over
 * the voucher rollup.
 */
@Component
@RequiredArgsConstructor
class VoucherMeasure {

    /** One issuer's (program's) vouchers. */
    record VoucherCell(String key, String label, Long sold, BigDecimal soldValue, BigDecimal redeemed,
            BigDecimal breakage, BigDecimal refunds, BigDecimal outstanding, Long shoppers, boolean suppressed) {
    }

    record VoucherAnswer(String currency, LocalDate from, LocalDate to, String groupBy, List<VoucherCell> cells) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cells.forEach(c -> rows.add(Arrays.asList(c.key(), c.label(), c.sold(), c.soldValue(), c.redeemed(), c.breakage(), c.refunds(),
                    c.outstanding(), c.shoppers(), c.suppressed())));
            return new Table("vouchers by " + groupBy, List.of(groupBy, "label", "sold", "sold_value", "redeemed", "breakage", "refunds", "outstanding",
                    "shoppers", "suppressed"), rows);
        }
    }

    private final JdbcClient jdbc;
    private final Suppression suppression;

    VoucherAnswer vouchers(Scope scope, boolean byProgram) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        Filters.issuers(where, params, scope, "r.issuer");
        Filters.restrict(where, params, "r.program_id", "programs", scope.programs());
        String key = byProgram ? "r.program_id::text" : "r.issuer";
        String label = byProgram ? "coalesce(p.name, r.program_id::text)" : "r.issuer";
        record Row(String key, String label, long sold, long soldCents, long redeemedCents, long breakageCents, long refundCents, long outstandingCents,
                long shoppers) {
        }
        // the period's rows and those before it (for the float at its end and the holders until then)
        Cover cover = Cover.load(jdbc);
        String rows = "(SELECT *, true AS in_period FROM %s x UNION ALL SELECT *, false FROM %s y)".formatted(
                cover.rows("voucher", scope.from(), scope.to(), false, params), cover.rows("voucher", Cover.BEGINNING, scope.from().minusDays(1), false, params));
        List<Row> found = jdbc.sql("""
                SELECT %1$s AS key, min(%2$s) AS label,
                       coalesce(sum(r.sold) FILTER (WHERE r.in_period), 0) AS sold,
                       coalesce(sum(r.sold_cents) FILTER (WHERE r.in_period), 0) AS sold_cents,
                       coalesce(sum(r.redeemed_cents) FILTER (WHERE r.in_period), 0) AS redeemed_cents,
                       coalesce(sum(r.breakage_cents) FILTER (WHERE r.in_period), 0) AS breakage_cents,
                       coalesce(sum(r.refund_cents) FILTER (WHERE r.in_period), 0) AS refund_cents,
                       sum(r.sold_cents - r.redeemed_cents - r.breakage_cents - r.refund_cents) AS outstanding_cents,
                       %3$s AS shoppers
                FROM %4$s r LEFT JOIN dim_program p ON p.program_id = r.program_id
                WHERE true %5$s
                GROUP BY 1 HAVING sum(r.sold) > 0 ORDER BY 1""".formatted(key, label, Sketches.distinct("r.holders"), rows, where)).params(params)
                .query(Row.class).list();
        return new VoucherAnswer(scope.currency(), scope.from(), scope.to(), byProgram ? "program" : "issuer", found.stream()
                .map(row -> suppression.hides(row.shoppers())
                        ? new VoucherCell(row.key(), row.label(), null, null, null, null, null, null, null, true)
                        : new VoucherCell(row.key(), row.label(), row.sold(), scope.show(row.soldCents()), scope.show(row.redeemedCents()),
                                scope.show(row.breakageCents()), scope.show(row.refundCents()), scope.show(row.outstandingCents()), row.shoppers(), false))
                .toList());
    }
}

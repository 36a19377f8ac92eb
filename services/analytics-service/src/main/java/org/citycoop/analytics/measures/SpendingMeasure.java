package org.citycoop.analytics.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.citycoop.analytics.measures.decision.Compare;
import org.citycoop.analytics.measures.decision.Period;
import org.citycoop.analytics.measures.decision.Ratios;
import org.citycoop.analytics.measures.decision.ShopRanking;
import org.citycoop.analytics.measures.decision.Suppression;
import org.citycoop.analytics.measures.decision.TopCells;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Spending (revenue through the platform): voucher money spent at shops, net of reversals, per city,
 * country, sector, shop, program, day, week or month, and the region's total; optionally beside the
 * period compared with ({@link Period#comparedWith}) and only the largest cells ({@link TopCells}). SQL
 * over the spend and merchant rollups.
 */
@Component
@RequiredArgsConstructor
class SpendingMeasure {

    /** How spending can be grouped, and the SQL key and label of each. */
    enum SpendBy {
        CITY("r.city_code", "r.city_code", false), COUNTRY("r.country_code", "r.country_code", false), SECTOR("r.sector", "r.sector", false),
        MERCHANT("m.merchant_id::text", "m.name", false), PROGRAM("coalesce(r.program_id::text, 'unknown')", "coalesce(p.name, 'unknown')", false),
        DAY("r.day::text", "r.day::text", true), WEEK("to_char(r.day, 'IYYY-\"W\"IW')", "to_char(r.day, 'IYYY-\"W\"IW')", true),
        MONTH("to_char(r.day, 'YYYY-MM')", "to_char(r.day, 'YYYY-MM')", false);

        final String key;
        final String label;
        /** Whether month rows cannot serve (cells smaller than a month). */
        final boolean daysOnly;

        SpendBy(String key, String label, boolean daysOnly) {
            this.key = key;
            this.label = label;
            this.daysOnly = daysOnly;
        }
    }

    /** One cell of spending: voucher money spent at shops, net of reversals. */
    record Spending(String key, String label, BigDecimal amount, Long redemptions, Long shoppers, boolean suppressed,
            BigDecimal previousAmount, BigDecimal changePercent) {

        Spending(String key, String label, BigDecimal amount, Long redemptions, Long shoppers, boolean suppressed) {
            this(key, label, amount, redemptions, shoppers, suppressed, null, null);
        }

        /** This cell beside the same cell of the period compared with (both shown only where neither is suppressed). */
        Spending against(@Nullable Spending before) {
            if (suppressed || amount == null || before == null || before.suppressed() || before.amount() == null) {
                return this;
            }
            return new Spending(key, label, amount, redemptions, shoppers, false, before.amount(), Ratios.changePercent(amount, before.amount()));
        }
    }

    /** Spending per cell and the region's total (all cities, the other filters applied). */
    record SpendingAnswer(String currency, LocalDate from, LocalDate to, String groupBy, List<Spending> cells, Spending region, String compare,
            LocalDate comparedFrom, LocalDate comparedTo) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            Stream.concat(cells.stream(), Stream.of(region)).forEach(c -> rows.add(Arrays.asList(c.key(), c.label(), c.amount(), c.redemptions(),
                    c.shoppers(), c.suppressed(), c.previousAmount(), c.changePercent())));
            return new Table("spending by " + groupBy, List.of(groupBy, "label", "amount_" + currency.toLowerCase(Locale.ROOT), "redemptions",
                    "shoppers", "suppressed", "previous_amount", "change_percent"), rows);
        }
    }

    private final JdbcClient jdbc;
    private final Suppression suppression;

    /**
     * Spending per cell and the region's total; with {@code top} only the {@code top} largest cells that
     * are not suppressed; with {@code compare} each cell beside the same cell of the period compared with.
     */
    SpendingAnswer spending(Scope scope, SpendBy by, Compare compare, @Nullable Integer top) {
        Cover cover = Cover.load(jdbc);
        // the top shops: ranked on sums first, shoppers counted only for the shops that may be shown
        List<Spending> cells = by == SpendBy.MERCHANT && top != null ? topMerchants(cover, scope, top) : spend(cover, scope, by, true, null);
        Spending region = region(cover, scope);
        Scope before = scope.period().comparedWith(compare).map(scope::over).orElse(null);
        if (before != null) {
            Map<String, Spending> earlier = new HashMap<>();
            List<String> keys = by == SpendBy.MERCHANT && top != null ? cells.stream().map(Spending::key).toList() : null;
            spend(cover, before, by, true, keys).forEach(cell -> earlier.put(cell.key(), cell));
            cells = cells.stream().map(cell -> cell.against(earlier.get(cell.key()))).toList();
            region = region.against(region(cover, before));
        }
        if (top != null) {
            cells = TopCells.largest(cells, top, Spending::suppressed, Spending::amount, Spending::key);
        }
        return new SpendingAnswer(scope.currency(), scope.from(), scope.to(), by.name().toLowerCase(Locale.ROOT), cells, region,
                compare.name().toLowerCase(Locale.ROOT), before == null ? null : before.from(), before == null ? null : before.to());
    }

    /** The {@code top} shops with most spending that are not suppressed ({@link ShopRanking}). */
    private List<Spending> topMerchants(Cover cover, Scope scope, int top) {
        Map<String, Object> params = new HashMap<>();
        String where = Filters.of(scope, params, true, "m.city_code", "m.country_code", "left(m.nace_code, 2)", "r.program_id");
        record Row(String key, long cents, long most, long total) {
        }
        List<ShopRanking.Ranked> ranked = jdbc.sql("""
                SELECT r.merchant_id::text AS key, sum(r.cents) AS cents, max(r.shopper_count) AS most, sum(r.shopper_count) AS total
                FROM %s r JOIN dim_merchant m ON m.merchant_id = r.merchant_id
                WHERE true %s
                GROUP BY r.merchant_id ORDER BY 2 DESC, 1""".formatted(cover.rows("merchant", scope.from(), scope.to(), false, params,
                "merchant_id, program_id, cents, shopper_count"), where))
                .params(params).query(Row.class).list().stream().map(row -> new ShopRanking.Ranked(row.key(), row.most(), row.total())).toList();
        List<Spending> shown = new ArrayList<>();
        int next = 0;
        while (shown.size() < top && next < ranked.size()) {
            ShopRanking.Batch batch = ShopRanking.next(ranked, next, top - shown.size(), suppression);
            next = batch.next();
            if (!batch.keys().isEmpty()) {
                spend(cover, scope, SpendBy.MERCHANT, true, batch.keys()).stream().filter(cell -> !cell.suppressed()).forEach(shown::add);
            }
        }
        return shown;
    }

    private Spending region(Cover cover, Scope scope) {
        return spend(cover, scope, null, false, null).stream().findFirst().orElse(new Spending("region", "region", scope.show(0), 0L, 0L, false));
    }

    /**
     * @param by        the cells, {@code null} for the region's total
     * @param cities    whether the cities and countries asked for, and those the caller may see, apply (not for the region's total)
     * @param merchants only these shops (ids), or {@code null}
     */
    private List<Spending> spend(Cover cover, Scope scope, @Nullable SpendBy by, boolean cities, @Nullable List<String> merchants) {
        Map<String, Object> params = new HashMap<>();
        String key = by == null ? "'region'" : by.key;
        String label = by == null ? "'region'" : by.label;
        record Row(String key, String label, long cents, long redemptions, long shoppers) {
        }
        String sql;
        if (by == SpendBy.MERCHANT) {
            // shops: from the rollup per shop, their city and sector as they are now
            String where = Filters.of(scope, params, cities, "m.city_code", "m.country_code", "left(m.nace_code, 2)", "r.program_id");
            if (merchants != null) {
                where += " AND r.merchant_id = ANY(:merchants)";
                params.put("merchants", merchants.stream().map(UUID::fromString).toArray(UUID[]::new));
            }
            sql = """
                    SELECT %s AS key, min(%s) AS label, sum(r.cents) AS cents, sum(r.redemptions) AS redemptions, %s AS shoppers
                    FROM %s r JOIN dim_merchant m ON m.merchant_id = r.merchant_id
                    WHERE true %s
                    GROUP BY 1 ORDER BY 1""".formatted(key, label, Sketches.distinct("r.shoppers"),
                    cover.rows("merchant", scope.from(), scope.to(), false, params), where);
        } else {
            String where = Filters.of(scope, params, cities, "r.city_code", "r.country_code", "r.sector", "r.program_id");
            sql = """
                    SELECT %s AS key, min(%s) AS label, sum(r.cents) AS cents, sum(r.redemptions) AS redemptions, %s AS shoppers
                    FROM %s r LEFT JOIN dim_program p ON p.program_id = r.program_id
                    WHERE true %s
                    GROUP BY 1 ORDER BY 1""".formatted(key, label, Sketches.distinct("r.shoppers"),
                    cover.rows("spend", scope.from(), scope.to(), by != null && by.daysOnly, params), where);
        }
        List<Row> rows = jdbc.sql(sql).params(params).query(Row.class).list();
        List<Spending> cells = new ArrayList<>();
        for (Row row : rows) {
            boolean suppressed = suppression.hides(row.shoppers());
            cells.add(new Spending(row.key(), row.label(), suppressed ? null : scope.show(row.cents()), suppressed ? null : row.redemptions(),
                    suppressed ? null : row.shoppers(), suppressed));
        }
        return cells;
    }
}

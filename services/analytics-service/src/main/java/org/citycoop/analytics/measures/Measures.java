package org.citycoop.analytics.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The measures, as SQL over the rollups (ADR 19): month rows for whole fresh months, day rows for the
 * rest ({@link Cover}). Amounts are computed in euro cents and shown in the scope's currency; a cell
 * counting fewer than {@code citycoop.analytics.min-shoppers} distinct shoppers is suppressed (its
 * figures null). A shopper is the voucher's holder; a bearer voucher without one counts as a shopper of
 * its own; distinct shoppers are counted by merging HyperLogLog sketches, exactly up to 160 in a cell
 * (docs/services/analytics-service.md).
 */
@Component
class Measures {

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
    record Spending(String key, String label, BigDecimal amount, Long redemptions, Long shoppers, boolean suppressed, BigDecimal previousAmount,
            BigDecimal changePercent) {

        Spending(String key, String label, BigDecimal amount, Long redemptions, Long shoppers, boolean suppressed) {
            this(key, label, amount, redemptions, shoppers, suppressed, null, null);
        }

        /** This cell beside the same cell of the period compared with (both shown only where neither is suppressed). */
        Spending against(Spending before) {
            if (suppressed || before == null || before.suppressed() || before.amount() == null) {
                return this;
            }
            BigDecimal change = before.amount().signum() == 0 ? null
                    : amount.subtract(before.amount()).multiply(BigDecimal.valueOf(100)).divide(before.amount(), 1, java.math.RoundingMode.HALF_EVEN);
            return new Spending(key, label, amount, redemptions, shoppers, false, before.amount(), change);
        }
    }

    /** What a period is compared with: nothing, the period just before it (as long), or the same days a year earlier. */
    enum Compare {
        NONE, PREVIOUS, YEAR
    }

    /** Spending per cell and the region's total (all cities, the other filters applied). */
    record SpendingAnswer(String currency, java.time.LocalDate from, java.time.LocalDate to, String groupBy, List<Spending> cells, Spending region,
            String compare, java.time.LocalDate comparedFrom, java.time.LocalDate comparedTo) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            java.util.stream.Stream.concat(cells.stream(), java.util.stream.Stream.of(region)).forEach(c -> rows.add(java.util.Arrays.asList(c.key(),
                    c.label(), c.amount(), c.redemptions(), c.shoppers(), c.suppressed(), c.previousAmount(), c.changePercent())));
            return new Table("spending by " + groupBy, List.of(groupBy, "label", "amount_" + currency.toLowerCase(java.util.Locale.ROOT), "redemptions",
                    "shoppers", "suppressed", "previous_amount", "change_percent"), rows);
        }
    }

    /** Distinct values in the union of a sketch column. */
    private static String distinct(String sketch) {
        return "coalesce(round(hll_cardinality(hll_union_agg(" + sketch + "))), 0)::bigint";
    }

    private final JdbcClient jdbc;
    private final int minShoppers;

    Measures(JdbcClient jdbc, @Value("${citycoop.analytics.min-shoppers}") int minShoppers) {
        this.jdbc = jdbc;
        this.minShoppers = minShoppers;
    }

    /**
     * Spending per cell and the region's total; with {@code top} only the {@code top} largest cells that
     * are not suppressed (a ranking of suppressed cells would tell what suppression hides); with
     * {@code compare} each cell beside the same cell of the period compared with.
     */
    SpendingAnswer spending(Scope scope, SpendBy by, Compare compare, Integer top) {
        Cover cover = Cover.load(jdbc);
        // the top shops: ranked on sums first, shoppers counted only for the shops that may be shown
        List<Spending> cells = by == SpendBy.MERCHANT && top != null ? topMerchants(cover, scope, top) : spend(cover, scope, by, true, null);
        Spending region = region(cover, scope);
        Scope before = switch (compare) {
            case NONE -> null;
            case PREVIOUS -> scope.shifted(scope.from().minusDays(java.time.temporal.ChronoUnit.DAYS.between(scope.from(), scope.to()) + 1),
                    scope.from().minusDays(1));
            case YEAR -> scope.shifted(scope.from().minusYears(1), scope.to().minusYears(1));
        };
        if (before != null) {
            Map<String, Spending> earlier = new java.util.HashMap<>();
            List<String> keys = by == SpendBy.MERCHANT && top != null ? cells.stream().map(Spending::key).toList() : null;
            spend(cover, before, by, true, keys).forEach(cell -> earlier.put(cell.key(), cell));
            cells = cells.stream().map(cell -> cell.against(earlier.get(cell.key()))).toList();
            region = region.against(region(cover, before));
        }
        if (top != null) {
            cells = cells.stream().filter(cell -> !cell.suppressed()).sorted(java.util.Comparator.comparing(Spending::amount).reversed()
                    .thenComparing(Spending::key)).limit(top).toList();
        }
        return new SpendingAnswer(scope.currency(), scope.from(), scope.to(), by.name().toLowerCase(java.util.Locale.ROOT), cells, region,
                compare.name().toLowerCase(java.util.Locale.ROOT), before == null ? null : before.from(), before == null ? null : before.to());
    }

    /**
     * The {@code top} shops with most spending that are not suppressed. Shops are ranked by their sums;
     * each row's own shopper count tells which shops are surely shown (a row with 5 shoppers or more)
     * and which surely not (fewer than 5 over all rows); only the shops that may be shown, in order, get
     * their shoppers merged, a batch at a time, until {@code top} are found.
     */
    private List<Spending> topMerchants(Cover cover, Scope scope, int top) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = filters(scope, params, true, "m.city_code", "m.country_code", "left(m.nace_code, 2)", "r.program_id");
        record Ranked(String key, long cents, long most, long total) {
        }
        List<Ranked> ranked = jdbc.sql("""
                SELECT r.merchant_id::text AS key, sum(r.cents) AS cents, max(r.shopper_count) AS most, sum(r.shopper_count) AS total
                FROM %s r JOIN dim_merchant m ON m.merchant_id = r.merchant_id
                WHERE true %s
                GROUP BY r.merchant_id ORDER BY 2 DESC, 1""".formatted(cover.rows("merchant", scope.from(), scope.to(), false, params,
                "merchant_id, program_id, cents, shopper_count"), where))
                .params(params).query(Ranked.class).list();
        List<Spending> shown = new ArrayList<>();
        int next = 0;
        while (shown.size() < top && next < ranked.size()) {
            List<String> batch = new ArrayList<>();
            int sure = 0;
            while (next < ranked.size() && sure < top - shown.size()) {
                Ranked shop = ranked.get(next++);
                if (shop.total() >= minShoppers) {
                    batch.add(shop.key());
                    sure += shop.most() >= minShoppers ? 1 : 0;
                }
            }
            if (!batch.isEmpty()) {
                spend(cover, scope, SpendBy.MERCHANT, true, batch).stream().filter(cell -> !cell.suppressed()).forEach(shown::add);
            }
        }
        return shown;
    }

    private Spending region(Cover cover, Scope scope) {
        return spend(cover, scope, null, false, null).stream().findFirst().orElse(new Spending("region", "region", scope.show(0), 0L, 0L, false));
    }

    /**
     * @param by the cells, {@code null} for the region's total
     * @param cities whether the cities and countries asked for, and those the caller may see, apply (not for the region's total)
     * @param merchants only these shops (ids), or {@code null}
     */
    private List<Spending> spend(Cover cover, Scope scope, SpendBy by, boolean cities, List<String> merchants) {
        Map<String, Object> params = new java.util.HashMap<>();
        String key = by == null ? "'region'" : by.key;
        String label = by == null ? "'region'" : by.label;
        record Row(String key, String label, long cents, long redemptions, long shoppers) {
        }
        String sql;
        if (by == SpendBy.MERCHANT) {
            // shops: from the rollup per shop, their city and sector as they are now
            String where = filters(scope, params, cities, "m.city_code", "m.country_code", "left(m.nace_code, 2)", "r.program_id");
            if (merchants != null) {
                where += " AND r.merchant_id = ANY(:merchants)";
                params.put("merchants", merchants.stream().map(java.util.UUID::fromString).toArray(java.util.UUID[]::new));
            }
            sql = """
                    SELECT %s AS key, min(%s) AS label, sum(r.cents) AS cents, sum(r.redemptions) AS redemptions, %s AS shoppers
                    FROM %s r JOIN dim_merchant m ON m.merchant_id = r.merchant_id
                    WHERE true %s
                    GROUP BY 1 ORDER BY 1""".formatted(key, label, distinct("r.shoppers"),
                    cover.rows("merchant", scope.from(), scope.to(), false, params), where);
        } else {
            String where = filters(scope, params, cities, "r.city_code", "r.country_code", "r.sector", "r.program_id");
            sql = """
                    SELECT %s AS key, min(%s) AS label, sum(r.cents) AS cents, sum(r.redemptions) AS redemptions, %s AS shoppers
                    FROM %s r LEFT JOIN dim_program p ON p.program_id = r.program_id
                    WHERE true %s
                    GROUP BY 1 ORDER BY 1""".formatted(key, label, distinct("r.shoppers"),
                    cover.rows("spend", scope.from(), scope.to(), by != null && by.daysOnly, params), where);
        }
        List<Row> rows = jdbc.sql(sql).params(params).query(Row.class).list();
        List<Spending> cells = new ArrayList<>();
        for (Row row : rows) {
            boolean suppressed = row.shoppers() < minShoppers;
            cells.add(new Spending(row.key(), row.label(), suppressed ? null : scope.show(row.cents()), suppressed ? null : row.redemptions(),
                    suppressed ? null : row.shoppers(), suppressed));
        }
        return cells;
    }

    /** Where the money of vouchers was spent: from the issuing city (or the shopper's home city) to the city of the shop. */
    record Flow(String from, String fromCountry, String to, String toCountry, BigDecimal amount, Long shoppers, boolean suppressed) {
    }

    /** Flows between cities and their totals between countries (AT, SI, HU; "network" for the cooperation's own vouchers). */
    record FlowAnswer(String currency, java.time.LocalDate from, java.time.LocalDate to, String by, List<Flow> cities, List<Flow> countries) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cities.forEach(f -> rows.add(java.util.Arrays.asList("city", f.from(), f.to(), f.amount(), f.shoppers(), f.suppressed())));
            countries.forEach(f -> rows.add(java.util.Arrays.asList("country", f.from(), f.to(), f.amount(), f.shoppers(), f.suppressed())));
            return new Table("flows by " + by, List.of("level", "from", "to", "amount_" + currency.toLowerCase(java.util.Locale.ROOT), "shoppers",
                    "suppressed"), rows);
        }
    }

    enum FlowBy {
        ISSUER("r.issuer"), HOME("r.home_city");

        final String origin;

        FlowBy(String origin) {
            this.origin = origin;
        }
    }

    FlowAnswer flows(Scope scope, FlowBy by) {
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder(filters(scope, params, false, "r.city_code", "r.country_code", "r.sector", "r.program_id"));
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
                ORDER BY 1, 2, 3""".formatted(by.origin, countryCase(by.origin), countryCase("r.city_code"), distinct("r.shoppers"),
                Cover.load(jdbc).rows(by == FlowBy.HOME ? "flow" : "spend", scope.from(), scope.to(), false, params), where)).params(params)
                .query(Row.class).list();
        List<Flow> cities = new ArrayList<>();
        List<Flow> countryFlows = new ArrayList<>();
        for (Row row : rows) {
            boolean suppressed = row.shoppers() < minShoppers;
            if (row.country()) {
                countryFlows.add(new Flow(row.origin(), row.origin(), row.destination(), row.destination(), suppressed ? null : scope.show(row.cents()),
                        suppressed ? null : row.shoppers(), suppressed));
            } else {
                cities.add(new Flow(row.origin(), countryOf(row.origin()), row.destination(), countryOf(row.destination()),
                        suppressed ? null : scope.show(row.cents()), suppressed ? null : row.shoppers(), suppressed));
            }
        }
        return new FlowAnswer(scope.currency(), scope.from(), scope.to(), by.name().toLowerCase(java.util.Locale.ROOT), cities, countryFlows);
    }

    /** The country of a city code, "network" for the cooperation, "unknown" when not known. */
    static String countryOf(String city) {
        if ("cooperation".equals(city)) {
            return "network";
        }
        return org.citycoop.contracts.network.PartnerCity.byCode(city).map(org.citycoop.contracts.network.PartnerCity::country).orElse("unknown");
    }

    private static String countryCase(String origin) {
        return "(CASE WHEN %1$s = 'cooperation' THEN 'network' WHEN %1$s LIKE 'at-%%' THEN 'AT' WHEN %1$s LIKE 'si-%%' THEN 'SI' WHEN %1$s LIKE 'hu-%%' THEN 'HU' ELSE 'unknown' END)"
                .formatted(origin);
    }

    /**
     * Vouchers of each issuer (or program): sold in the period (count, face value), spent in the period,
     * expired (breakage) and cancelled (refunds) in the period, and the float at the period's end:
     * face value of everything issued until then − spent + reversed − breakage − refunds until then.
     */
    record VoucherCell(String key, String label, Long sold, BigDecimal soldValue, BigDecimal redeemed, BigDecimal breakage, BigDecimal refunds,
            BigDecimal outstanding, Long shoppers, boolean suppressed) {
    }

    record VoucherAnswer(String currency, java.time.LocalDate from, java.time.LocalDate to, String groupBy, List<VoucherCell> cells) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cells.forEach(c -> rows.add(java.util.Arrays.asList(c.key(), c.label(), c.sold(), c.soldValue(), c.redeemed(), c.breakage(), c.refunds(),
                    c.outstanding(), c.shoppers(), c.suppressed())));
            return new Table("vouchers by " + groupBy, List.of(groupBy, "label", "sold", "sold_value", "redeemed", "breakage", "refunds", "outstanding",
                    "shoppers", "suppressed"), rows);
        }
    }

    VoucherAnswer vouchers(Scope scope, boolean byProgram) {
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder();
        restrictIssuers(where, params, scope, "r.issuer");
        restrict(where, params, "r.program_id", "programs", scope.programs());
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
                GROUP BY 1 HAVING sum(r.sold) > 0 ORDER BY 1""".formatted(key, label, distinct("r.holders"), rows, where)).params(params).query(Row.class).list();
        return new VoucherAnswer(scope.currency(), scope.from(), scope.to(), byProgram ? "program" : "issuer", found.stream()
                .map(row -> row.shoppers() < minShoppers
                        ? new VoucherCell(row.key(), row.label(), null, null, null, null, null, null, null, true)
                        : new VoucherCell(row.key(), row.label(), row.sold(), scope.show(row.soldCents()), scope.show(row.redeemedCents()),
                                scope.show(row.breakageCents()), scope.show(row.refundCents()), scope.show(row.outstandingCents()), row.shoppers(), false))
                .toList());
    }

    /** A city's indicators: spending, leverage, velocity, active shoppers and merchants (docs: formulas). */
    record CityIndicators(String city, String country, BigDecimal spent, Long redemptions, BigDecimal leverage, BigDecimal velocityDays, Long activeShoppers,
            Long activeMerchants, boolean suppressed) {
    }

    record CitiesAnswer(String currency, java.time.LocalDate from, java.time.LocalDate to, List<CityIndicators> cities) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cities.forEach(c -> rows.add(java.util.Arrays.asList(c.city(), c.country(), c.spent(), c.redemptions(), c.leverage(), c.velocityDays(),
                    c.activeShoppers(), c.activeMerchants(), c.suppressed())));
            return new Table("cities", List.of("city", "country", "spent", "redemptions", "leverage", "velocity_days", "active_shoppers",
                    "active_merchants", "suppressed"), rows);
        }
    }

    CitiesAnswer cities(Scope scope) {
        Map<String, Object> params = new java.util.HashMap<>();
        Cover cover = Cover.load(jdbc);
        // the program filter applies to spending; purchases (leverage, shoppers who only bought) belong to no program
        String spendWhere = filters(scope, params, true, "r.city_code", "r.country_code", "r.sector", "r.program_id");
        String purchaseWhere = filters(scope, params, true, "r.city_code", "r.country_code", "r.sector", null);
        record Row(String city, String country, long cents, long redemptions, Long basketCents, Long voucherCents, BigDecimal velocity, long shoppers,
                long merchants) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT r.city_code AS city, min(r.country_code) AS country, coalesce(sum(r.cents), 0) AS cents,
                       coalesce(sum(r.redemptions), 0) AS redemptions, sum(r.basket_cents) FILTER (WHERE r.voucher_cents > 0) AS basket_cents,
                       sum(r.voucher_cents) FILTER (WHERE r.voucher_cents > 0) AS voucher_cents,
                       sum(r.velocity_days)::numeric / nullif(sum(r.velocity_count), 0) AS velocity, %1$s AS shoppers, %2$s AS merchants
                FROM (SELECT city_code, country_code, cents, redemptions, NULL::bigint AS basket_cents, NULL::bigint AS voucher_cents, velocity_days,
                             velocity_count, shoppers, merchants
                      FROM %3$s r WHERE true %4$s
                      UNION ALL
                      SELECT city_code, country_code, NULL, NULL, basket_cents, voucher_cents, NULL, NULL, shoppers, merchants
                      FROM %5$s r WHERE true %6$s) r
                GROUP BY r.city_code ORDER BY r.city_code""".formatted(distinct("r.shoppers"), distinct("r.merchants"),
                cover.rows("spend", scope.from(), scope.to(), false, params), spendWhere, cover.rows("purchase", scope.from(), scope.to(), false, params),
                purchaseWhere)).params(params).query(Row.class).list();
        List<CityIndicators> cities = new ArrayList<>();
        for (Row row : rows) {
            if (row.shoppers() < minShoppers) {
                cities.add(new CityIndicators(row.city(), row.country(), null, null, null, null, null, null, true));
                continue;
            }
            BigDecimal leverage = row.voucherCents() == null || row.voucherCents() == 0 ? null
                    : BigDecimal.valueOf(row.basketCents()).divide(BigDecimal.valueOf(row.voucherCents()), 2, java.math.RoundingMode.HALF_EVEN);
            cities.add(new CityIndicators(row.city(), row.country(), scope.show(row.cents()), row.redemptions(), leverage,
                    row.velocity() == null ? null : row.velocity().setScale(1, java.math.RoundingMode.HALF_EVEN), row.shoppers(), row.merchants(), false));
        }
        return new CitiesAnswer(scope.currency(), scope.from(), scope.to(), cities);
    }

    /** Local retention: the share of a city's voucher money spent in that city rather than elsewhere in the network. */
    record Retention(String issuer, BigDecimal spent, BigDecimal spentAtHome, BigDecimal percentAtHome, Long shoppers, boolean suppressed) {
    }

    record RetentionAnswer(String currency, java.time.LocalDate from, java.time.LocalDate to, List<Retention> cities) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cities.forEach(c -> rows.add(java.util.Arrays.asList(c.issuer(), c.spent(), c.spentAtHome(), c.percentAtHome(), c.shoppers(), c.suppressed())));
            return new Table("retention", List.of("issuer", "spent", "spent_at_home", "percent_at_home", "shoppers", "suppressed"), rows);
        }
    }

    RetentionAnswer retention(Scope scope) {
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder();
        restrictIssuers(where, params, scope, "r.issuer");
        record Row(String issuer, long cents, long homeCents, long shoppers) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT r.issuer, sum(r.cents) AS cents, coalesce(sum(r.cents) FILTER (WHERE r.city_code = r.issuer), 0) AS home_cents, %s AS shoppers
                FROM %s r
                WHERE r.issuer <> 'cooperation' %s
                GROUP BY r.issuer ORDER BY r.issuer""".formatted(distinct("r.shoppers"), Cover.load(jdbc).rows("spend", scope.from(), scope.to(), false, params),
                where)).params(params).query(Row.class).list();
        return new RetentionAnswer(scope.currency(), scope.from(), scope.to(), rows.stream()
                .map(row -> row.shoppers() < minShoppers || row.cents() <= 0 ? new Retention(row.issuer(), null, null, null, null, true)
                        : new Retention(row.issuer(), scope.show(row.cents()), scope.show(row.homeCents()),
                                BigDecimal.valueOf(row.homeCents() * 100).divide(BigDecimal.valueOf(row.cents()), 1, java.math.RoundingMode.HALF_EVEN),
                                row.shoppers(), false))
                .toList());
    }

    /** Points issued, converted, expired and reversed in the period, and the points outstanding (a liability) at its end. */
    record PointsCell(String key, Long issued, Long converted, Long expired, Long reversed, Long shoppers, boolean suppressed) {
    }

    record PointsAnswer(java.time.LocalDate from, java.time.LocalDate to, String groupBy, List<PointsCell> cells, Long outstanding) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cells.forEach(c -> rows.add(java.util.Arrays.asList(c.key(), c.issued(), c.converted(), c.expired(), c.reversed(), c.shoppers(), c.suppressed())));
            rows.add(java.util.Arrays.asList("outstanding at " + to, null, null, null, null, null, false));
            rows.get(rows.size() - 1).set(1, outstanding);
            return new Table("points by " + groupBy, List.of(groupBy, "issued", "converted", "expired", "reversed", "shoppers", "suppressed"), rows);
        }
    }

    PointsAnswer points(Scope scope, boolean byCity) {
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder();
        String key = "to_char(r.day, 'YYYY-MM')";
        if (byCity) {
            // only accruals know the city of the purchase
            key = "r.city_code";
            where.append(" AND r.kind = 'ACCRUED'");
            if (!scope.everyCity()) {
                where.append(" AND r.city_code = ANY(:visible)");
                params.put("visible", scope.visibleCities().toArray(String[]::new));
            }
            restrict(where, params, "r.city_code", "cities", scope.cities());
        }
        record Row(String key, long issued, long converted, long expired, long reversed, long shoppers) {
        }
        Cover cover = Cover.load(jdbc);
        List<Row> rows = jdbc.sql("""
                SELECT %s AS key, coalesce(sum(r.points) FILTER (WHERE r.kind = 'ACCRUED'), 0) AS issued,
                       coalesce(sum(r.points) FILTER (WHERE r.kind = 'CONVERTED'), 0) AS converted,
                       coalesce(sum(r.points) FILTER (WHERE r.kind = 'EXPIRED'), 0) AS expired,
                       coalesce(sum(r.points) FILTER (WHERE r.kind = 'REVERSED'), 0) AS reversed, %s AS shoppers
                FROM %s r WHERE true %s GROUP BY 1 ORDER BY 1""".formatted(key, distinct("r.shoppers"),
                cover.rows("points", scope.from(), scope.to(), false, params), where)).params(params).query(Row.class).list();
        Map<String, Object> until = new java.util.HashMap<>();
        long outstanding = jdbc.sql("SELECT coalesce(sum(CASE WHEN r.kind = 'ACCRUED' THEN r.points ELSE -r.points END), 0) FROM %s r"
                .formatted(cover.rows("points", Cover.BEGINNING, scope.to(), false, until))).params(until).query(Long.class).single();
        return new PointsAnswer(scope.from(), scope.to(), byCity ? "city" : "month", rows.stream()
                .map(row -> row.shoppers() < minShoppers ? new PointsCell(row.key(), null, null, null, null, null, true)
                        : new PointsCell(row.key(), row.issued(), row.converted(), row.expired(), row.reversed(), row.shoppers(), false))
                .toList(), outstanding);
    }

    /** Adds {@code AND column = ANY(:name)} for {@code values}, unless there are none. */
    private static void restrict(StringBuilder where, Map<String, Object> params, String column, String name, List<?> values) {
        if (!values.isEmpty()) {
            where.append(" AND ").append(column).append(" = ANY(:").append(name).append(")");
            params.put(name, values.getFirst() instanceof java.util.UUID ? values.toArray(java.util.UUID[]::new) : values.stream().map(Object::toString)
                    .toArray(String[]::new));
        }
    }

    /** The issuers the scope asks for and the caller may see. */
    private static void restrictIssuers(StringBuilder where, Map<String, Object> params, Scope scope, String issuer) {
        if (!scope.everyCity()) {
            where.append(" AND ").append(issuer).append(" = ANY(:visible)");
            params.put("visible", scope.visibleCities().toArray(String[]::new));
        }
        restrict(where, params, issuer, "cities", scope.cities());
    }

    /** The scope's filters on the given columns ({@code program} null: the program filter does not apply). */
    private static String filters(Scope scope, Map<String, Object> params, boolean cities, String city, String country, String sector, String program) {
        StringBuilder where = new StringBuilder();
        if (cities) {
            restrict(where, params, city, "cities", scope.cities());
            if (!scope.everyCity()) {
                where.append(" AND ").append(city).append(" = ANY(:visible)");
                params.put("visible", scope.visibleCities().toArray(String[]::new));
            }
            restrict(where, params, country, "countries", scope.countries());
        }
        restrict(where, params, sector, "sectors", scope.sectors());
        if (program != null) {
            restrict(where, params, program, "programs", scope.programs());
        }
        return where.toString();
    }
}

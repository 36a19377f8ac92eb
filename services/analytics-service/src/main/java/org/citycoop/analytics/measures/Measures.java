package org.citycoop.analytics.measures;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The measures, as SQL over the read model. Amounts are computed in euro cents and shown in the
 * scope's currency; a cell counting fewer than {@code citycoop.analytics.min-shoppers} distinct
 * shoppers is suppressed (its figures null). A shopper is the voucher's holder; a bearer voucher
 * without one counts as a shopper of its own (docs/services/analytics-service.md).
 */
@Component
class Measures {

    /** How spending can be grouped, and the SQL key and label of each. */
    enum SpendBy {
        CITY("m.city_code", "m.city_code"), COUNTRY("m.country_code", "m.country_code"), SECTOR("left(m.nace_code, 2)", "left(m.nace_code, 2)"),
        MERCHANT("m.merchant_id::text", "m.name"), PROGRAM("coalesce(s.program_id::text, 'unknown')", "coalesce(p.name, 'unknown')"),
        DAY("x.day::text", "x.day::text"), WEEK("to_char(x.day, 'IYYY-\"W\"IW')", "to_char(x.day, 'IYYY-\"W\"IW')"),
        MONTH("to_char(x.day, 'YYYY-MM')", "to_char(x.day, 'YYYY-MM')");

        final String key;
        final String label;

        SpendBy(String key, String label) {
            this.key = key;
            this.label = label;
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

    /** Spending in the period (:from to :to): redemptions and, negative, their reversals, per shop and voucher. */
    private static final String SPEND = """
            WITH spend AS (
                SELECT merchant_id, voucher_id, day, amount_eur AS cents, 1 AS redemptions FROM fact_redemption WHERE day BETWEEN :from AND :to
                UNION ALL
                SELECT merchant_id, voucher_id, day, -amount_eur, 0 FROM fact_reversal WHERE day BETWEEN :from AND :to)
            """;

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
        List<Spending> cells = spend(scope, by.key, by.label, true);
        Spending region = region(scope);
        Scope before = switch (compare) {
            case NONE -> null;
            case PREVIOUS -> scope.shifted(scope.from().minusDays(java.time.temporal.ChronoUnit.DAYS.between(scope.from(), scope.to()) + 1),
                    scope.from().minusDays(1));
            case YEAR -> scope.shifted(scope.from().minusYears(1), scope.to().minusYears(1));
        };
        if (before != null) {
            Map<String, Spending> earlier = new java.util.HashMap<>();
            spend(before, by.key, by.label, true).forEach(cell -> earlier.put(cell.key(), cell));
            cells = cells.stream().map(cell -> cell.against(earlier.get(cell.key()))).toList();
            region = region.against(region(before));
        }
        if (top != null) {
            cells = cells.stream().filter(cell -> !cell.suppressed()).sorted(java.util.Comparator.comparing(Spending::amount).reversed()
                    .thenComparing(Spending::key)).limit(top).toList();
        }
        return new SpendingAnswer(scope.currency(), scope.from(), scope.to(), by.name().toLowerCase(java.util.Locale.ROOT), cells, region,
                compare.name().toLowerCase(java.util.Locale.ROOT), before == null ? null : before.from(), before == null ? null : before.to());
    }

    private Spending region(Scope scope) {
        return spend(scope, "'region'", "'region'", false).stream().findFirst().orElse(new Spending("region", "region", scope.show(0), 0L, 0L, false));
    }

    /** @param cities whether the cities and countries asked for, and those the caller may see, apply (not for the region's total) */
    private List<Spending> spend(Scope scope, String key, String label, boolean cities) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("from", Date.valueOf(scope.from()), "to", Date.valueOf(scope.to())));
        String where = filters(scope, params, cities);
        record Row(String key, String label, long cents, long redemptions, long shoppers) {
        }
        List<Row> rows = jdbc.sql(SPEND + """
                SELECT %s AS key, min(%s) AS label, sum(x.cents) AS cents, sum(x.redemptions) AS redemptions,
                       count(DISTINCT coalesce(s.holder_id, x.voucher_id)) AS shoppers
                FROM spend x JOIN dim_merchant m ON m.merchant_id = x.merchant_id
                     LEFT JOIN fact_sale s ON s.voucher_id = x.voucher_id LEFT JOIN dim_program p ON p.program_id = s.program_id
                WHERE true %s
                GROUP BY 1 ORDER BY 1""".formatted(key, label, where)).params(params).query(Row.class).list();
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
        ISSUER("s.issuer"), HOME("sh.home_city");

        final String origin;

        FlowBy(String origin) {
            this.origin = origin;
        }
    }

    FlowAnswer flows(Scope scope, FlowBy by) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("from", Date.valueOf(scope.from()), "to", Date.valueOf(scope.to())));
        StringBuilder where = new StringBuilder(filters(scope, params, false));
        if (!scope.everyCity()) {
            // an economist bound to cities sees the flows into or out of them
            where.append(" AND (m.city_code = ANY(:visible) OR coalesce(%s, '') = ANY(:visible))".formatted(by.origin));
            params.put("visible", scope.visibleCities().toArray(String[]::new));
        }
        if (!scope.cities().isEmpty()) {
            where.append(" AND (m.city_code = ANY(:cities) OR coalesce(%s, '') = ANY(:cities))".formatted(by.origin));
            params.put("cities", scope.cities().toArray(String[]::new));
        }
        record Row(String origin, String destination, long cents, long shoppers) {
        }
        List<Row> rows = jdbc.sql(SPEND + """
                SELECT coalesce(%s, 'unknown') AS origin, m.city_code AS destination, sum(x.cents) AS cents,
                       count(DISTINCT coalesce(s.holder_id, x.voucher_id)) AS shoppers
                FROM spend x JOIN dim_merchant m ON m.merchant_id = x.merchant_id
                     LEFT JOIN fact_sale s ON s.voucher_id = x.voucher_id LEFT JOIN dim_shopper sh ON sh.shopper_id = s.holder_id
                WHERE true %s
                GROUP BY 1, 2 ORDER BY 1, 2""".formatted(by.origin, where)).params(params).query(Row.class).list();
        List<Flow> cities = new ArrayList<>();
        Map<String, long[]> countries = new java.util.TreeMap<>();
        Map<String, java.util.Set<String>> countryShoppers = new java.util.HashMap<>();
        for (Row row : rows) {
            boolean suppressed = row.shoppers() < minShoppers;
            cities.add(new Flow(row.origin(), countryOf(row.origin()), row.destination(), countryOf(row.destination()),
                    suppressed ? null : scope.show(row.cents()), suppressed ? null : row.shoppers(), suppressed));
            countries.computeIfAbsent(countryOf(row.origin()) + ">" + countryOf(row.destination()), k -> new long[2])[0] += row.cents();
        }
        // country totals count their shoppers afresh (a shopper in two city cells of one country pair counts once)
        List<Flow> countryFlows = new ArrayList<>();
        for (Map.Entry<String, long[]> pair : countries.entrySet()) {
            String[] ends = pair.getKey().split(">");
            long shoppers = countryShoppers(scope, by, where.toString(), params, ends[0], ends[1]);
            boolean suppressed = shoppers < minShoppers;
            countryFlows.add(new Flow(ends[0], ends[0], ends[1], ends[1], suppressed ? null : scope.show(pair.getValue()[0]), suppressed ? null : shoppers,
                    suppressed));
        }
        return new FlowAnswer(scope.currency(), scope.from(), scope.to(), by.name().toLowerCase(java.util.Locale.ROOT), cities, countryFlows);
    }

    private long countryShoppers(Scope scope, FlowBy by, String where, Map<String, Object> params, String fromCountry, String toCountry) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("fromCountry", fromCountry);
        all.put("toCountry", toCountry);
        return jdbc.sql(SPEND + """
                SELECT count(DISTINCT coalesce(s.holder_id, x.voucher_id))
                FROM spend x JOIN dim_merchant m ON m.merchant_id = x.merchant_id
                     LEFT JOIN fact_sale s ON s.voucher_id = x.voucher_id LEFT JOIN dim_shopper sh ON sh.shopper_id = s.holder_id
                WHERE m.country_code = :toCountry AND %s %s""".formatted(countryCase(by.origin) + " = :fromCountry", where))
                .params(all).query(Long.class).single();
    }

    /** The country of a city code, "network" for the cooperation, "unknown" when not known. */
    static String countryOf(String city) {
        if ("cooperation".equals(city)) {
            return "network";
        }
        return org.citycoop.contracts.network.PartnerCity.byCode(city).map(org.citycoop.contracts.network.PartnerCity::country).orElse("unknown");
    }

    private static String countryCase(String origin) {
        return "CASE WHEN %1$s = 'cooperation' THEN 'network' WHEN %1$s LIKE 'at-%%' THEN 'AT' WHEN %1$s LIKE 'si-%%' THEN 'SI' WHEN %1$s LIKE 'hu-%%' THEN 'HU' ELSE 'unknown' END"
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
        Map<String, Object> params = new java.util.HashMap<>(Map.of("from", Date.valueOf(scope.from()), "to", Date.valueOf(scope.to())));
        StringBuilder where = new StringBuilder();
        restrictIssuers(where, params, scope);
        restrict(where, params, "s.program_id", "programs", scope.programs());
        String key = byProgram ? "s.program_id::text" : "s.issuer";
        String label = byProgram ? "coalesce(p.name, s.program_id::text)" : "s.issuer";
        record Row(String key, String label, long sold, long soldCents, long redeemedCents, long breakageCents, long refundCents, long outstandingCents,
                long shoppers) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT %1$s AS key, min(%2$s) AS label,
                       count(*) FILTER (WHERE s.day BETWEEN :from AND :to) AS sold,
                       coalesce(sum(s.face_eur) FILTER (WHERE s.day BETWEEN :from AND :to), 0) AS sold_cents,
                       coalesce(sum(r.spent_in), 0) AS redeemed_cents,
                       coalesce(sum(e.amount_eur) FILTER (WHERE e.kind = 'EXPIRED' AND e.day BETWEEN :from AND :to), 0) AS breakage_cents,
                       coalesce(sum(e.amount_eur) FILTER (WHERE e.kind = 'CANCELLED' AND e.day BETWEEN :from AND :to), 0) AS refund_cents,
                       coalesce(sum(s.face_eur - coalesce(r.spent_until, 0) - coalesce(e.amount_eur * (e.day <= :to)::int, 0)), 0) AS outstanding_cents,
                       count(DISTINCT coalesce(s.holder_id, s.voucher_id)) AS shoppers
                FROM fact_sale s LEFT JOIN dim_program p ON p.program_id = s.program_id
                     LEFT JOIN (SELECT voucher_id,
                                       sum(cents) FILTER (WHERE day BETWEEN :from AND :to) AS spent_in,
                                       sum(cents) FILTER (WHERE day <= :to) AS spent_until
                                FROM (SELECT voucher_id, day, amount_eur AS cents FROM fact_redemption
                                      UNION ALL SELECT voucher_id, day, -amount_eur FROM fact_reversal) movements
                                GROUP BY voucher_id) r ON r.voucher_id = s.voucher_id
                     LEFT JOIN fact_voucher_end e ON e.voucher_id = s.voucher_id
                WHERE s.day <= :to %3$s
                GROUP BY 1 ORDER BY 1""".formatted(key, label, where)).params(params).query(Row.class).list();
        return new VoucherAnswer(scope.currency(), scope.from(), scope.to(), byProgram ? "program" : "issuer", rows.stream()
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
        Map<String, Object> params = new java.util.HashMap<>(Map.of("from", Date.valueOf(scope.from()), "to", Date.valueOf(scope.to())));
        String where = filters(scope, params, true);
        String facts = """
                WITH spend AS (
                    SELECT r.merchant_id, r.amount_eur AS cents, 1 AS redemptions, (r.day - s.day) AS days, coalesce(s.holder_id, r.voucher_id) AS shopper
                    FROM fact_redemption r LEFT JOIN fact_sale s ON s.voucher_id = r.voucher_id WHERE r.day BETWEEN :from AND :to
                    UNION ALL
                    SELECT v.merchant_id, -v.amount_eur, 0, NULL, coalesce(s.holder_id, v.voucher_id)
                    FROM fact_reversal v LEFT JOIN fact_sale s ON s.voucher_id = v.voucher_id WHERE v.day BETWEEN :from AND :to),
                purchases AS (SELECT merchant_id, shopper_id, basket_eur, voucher_eur FROM fact_purchase WHERE day BETWEEN :from AND :to)
                """;
        record Row(String city, String country, long cents, long redemptions, Long basketCents, Long voucherCents, BigDecimal velocity) {
        }
        List<Row> rows = jdbc.sql(facts + """
                SELECT m.city_code AS city, min(m.country_code) AS country, coalesce(sum(sp.cents), 0) AS cents,
                       coalesce(sum(sp.redemptions), 0) AS redemptions, sum(pu.basket) AS basket_cents, sum(pu.voucher) AS voucher_cents,
                       sum(sp.day_sum)::numeric / nullif(sum(sp.day_count), 0) AS velocity
                FROM dim_merchant m
                     LEFT JOIN (SELECT merchant_id, sum(cents) AS cents, sum(redemptions) AS redemptions, sum(days) AS day_sum, count(days) AS day_count
                                FROM spend GROUP BY merchant_id) sp ON sp.merchant_id = m.merchant_id
                     LEFT JOIN (SELECT merchant_id, sum(basket_eur) FILTER (WHERE voucher_eur > 0) AS basket,
                                       sum(voucher_eur) FILTER (WHERE voucher_eur > 0) AS voucher
                                FROM purchases GROUP BY merchant_id) pu ON pu.merchant_id = m.merchant_id
                WHERE (sp.merchant_id IS NOT NULL OR pu.merchant_id IS NOT NULL) %s
                GROUP BY m.city_code ORDER BY m.city_code""".formatted(where)).params(params).query(Row.class).list();
        record Active(String city, long shoppers, long merchants) {
        }
        Map<String, Active> active = new java.util.HashMap<>();
        jdbc.sql(facts + """
                SELECT m.city_code AS city, count(DISTINCT a.shopper) AS shoppers, count(DISTINCT a.merchant_id) AS merchants
                FROM (SELECT merchant_id, shopper FROM spend UNION SELECT merchant_id, shopper_id FROM purchases WHERE shopper_id IS NOT NULL) a
                     JOIN dim_merchant m ON m.merchant_id = a.merchant_id
                WHERE true %s GROUP BY m.city_code""".formatted(where)).params(params).query(Active.class).list()
                .forEach(a -> active.put(a.city(), a));
        List<CityIndicators> cities = new ArrayList<>();
        for (Row row : rows) {
            Active counted = active.getOrDefault(row.city(), new Active(row.city(), 0, 0));
            if (counted.shoppers() < minShoppers) {
                cities.add(new CityIndicators(row.city(), row.country(), null, null, null, null, null, null, true));
                continue;
            }
            BigDecimal leverage = row.voucherCents() == null || row.voucherCents() == 0 ? null
                    : BigDecimal.valueOf(row.basketCents()).divide(BigDecimal.valueOf(row.voucherCents()), 2, java.math.RoundingMode.HALF_EVEN);
            cities.add(new CityIndicators(row.city(), row.country(), scope.show(row.cents()), row.redemptions(), leverage,
                    row.velocity() == null ? null : row.velocity().setScale(1, java.math.RoundingMode.HALF_EVEN), counted.shoppers(), counted.merchants(), false));
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
        Map<String, Object> params = new java.util.HashMap<>(Map.of("from", Date.valueOf(scope.from()), "to", Date.valueOf(scope.to())));
        StringBuilder where = new StringBuilder();
        restrictIssuers(where, params, scope);
        record Row(String issuer, long cents, long homeCents, long shoppers) {
        }
        List<Row> rows = jdbc.sql(SPEND + """
                SELECT s.issuer, sum(x.cents) AS cents, coalesce(sum(x.cents) FILTER (WHERE m.city_code = s.issuer), 0) AS home_cents,
                       count(DISTINCT coalesce(s.holder_id, x.voucher_id)) AS shoppers
                FROM spend x JOIN fact_sale s ON s.voucher_id = x.voucher_id JOIN dim_merchant m ON m.merchant_id = x.merchant_id
                WHERE s.issuer <> 'cooperation' %s
                GROUP BY s.issuer ORDER BY s.issuer""".formatted(where)).params(params).query(Row.class).list();
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
        Map<String, Object> params = new java.util.HashMap<>(Map.of("from", Date.valueOf(scope.from()), "to", Date.valueOf(scope.to())));
        StringBuilder where = new StringBuilder(" AND day BETWEEN :from AND :to");
        String key = "to_char(day, 'YYYY-MM')";
        if (byCity) {
            // only accruals know the city of the purchase
            key = "city_code";
            where.append(" AND kind = 'ACCRUED'");
            if (!scope.everyCity()) {
                where.append(" AND city_code = ANY(:visible)");
                params.put("visible", scope.visibleCities().toArray(String[]::new));
            }
            if (!scope.cities().isEmpty()) {
                where.append(" AND city_code = ANY(:cities)");
                params.put("cities", scope.cities().toArray(String[]::new));
            }
        }
        record Row(String key, long issued, long converted, long expired, long reversed, long shoppers) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT %s AS key, coalesce(sum(points) FILTER (WHERE kind = 'ACCRUED'), 0) AS issued,
                       coalesce(sum(points) FILTER (WHERE kind = 'CONVERTED'), 0) AS converted,
                       coalesce(sum(points) FILTER (WHERE kind = 'EXPIRED'), 0) AS expired,
                       coalesce(sum(points) FILTER (WHERE kind = 'REVERSED'), 0) AS reversed, count(DISTINCT shopper_id) AS shoppers
                FROM fact_points WHERE true %s GROUP BY 1 ORDER BY 1""".formatted(key, where)).params(params).query(Row.class).list();
        long outstanding = jdbc.sql("""
                SELECT coalesce(sum(CASE WHEN kind = 'ACCRUED' THEN points ELSE -points END), 0) FROM fact_points WHERE day <= :to""")
                .param("to", Date.valueOf(scope.to())).query(Long.class).single();
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
    private static void restrictIssuers(StringBuilder where, Map<String, Object> params, Scope scope) {
        if (!scope.everyCity()) {
            where.append(" AND s.issuer = ANY(:visible)");
            params.put("visible", scope.visibleCities().toArray(String[]::new));
        }
        restrict(where, params, "s.issuer", "cities", scope.cities());
    }

    private static String filters(Scope scope, Map<String, Object> params, boolean cities) {
        StringBuilder where = new StringBuilder();
        if (cities) {
            restrict(where, params, "m.city_code", "cities", scope.cities());
            if (!scope.everyCity()) {
                where.append(" AND m.city_code = ANY(:visible)");
                params.put("visible", scope.visibleCities().toArray(String[]::new));
            }
            restrict(where, params, "m.country_code", "countries", scope.countries());
        }
        restrict(where, params, "left(m.nace_code, 2)", "sectors", scope.sectors());
        restrict(where, params, "s.program_id", "programs", scope.programs());
        return where.toString();
    }
}

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
 * A city's indicators: spending, leverage, redemption velocity, active shoppers and merchants
 * ({@link Ratios}; docs: formulas). SQL over the spend and purchase rollups.
 */
@Component
@RequiredArgsConstructor
class CityMeasure {

    /** A city's indicators: spending, leverage, velocity, active shoppers and merchants (docs: formulas). */
    record CityIndicators(String city, String country, BigDecimal spent, Long redemptions, BigDecimal leverage,
            BigDecimal velocityDays, Long activeShoppers, Long activeMerchants, boolean suppressed) {
    }

    record CitiesAnswer(String currency, LocalDate from, LocalDate to, List<CityIndicators> cities) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            cities.forEach(c -> rows.add(Arrays.asList(c.city(), c.country(), c.spent(), c.redemptions(), c.leverage(), c.velocityDays(),
                    c.activeShoppers(), c.activeMerchants(), c.suppressed())));
            return new Table("cities", List.of("city", "country", "spent", "redemptions", "leverage", "velocity_days", "active_shoppers",
                    "active_merchants", "suppressed"), rows);
        }
    }

    private final JdbcClient jdbc;
    private final Suppression suppression;

    CitiesAnswer cities(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        Cover cover = Cover.load(jdbc);
        // the program filter applies to spending; purchases (leverage, shoppers who only bought) belong to no program
        String spendWhere = Filters.of(scope, params, true, "r.city_code", "r.country_code", "r.sector", "r.program_id");
        String purchaseWhere = Filters.of(scope, params, true, "r.city_code", "r.country_code", "r.sector", null);
        record Row(String city, String country, long cents, long redemptions, @Nullable Long basketCents, @Nullable Long voucherCents,
                @Nullable BigDecimal velocity, long shoppers, long merchants) {
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
                GROUP BY r.city_code ORDER BY r.city_code""".formatted(Sketches.distinct("r.shoppers"), Sketches.distinct("r.merchants"),
                cover.rows("spend", scope.from(), scope.to(), false, params), spendWhere, cover.rows("purchase", scope.from(), scope.to(), false, params),
                purchaseWhere)).params(params).query(Row.class).list();
        List<CityIndicators> cities = new ArrayList<>();
        for (Row row : rows) {
            if (suppression.hides(row.shoppers())) {
                cities.add(new CityIndicators(row.city(), row.country(), null, null, null, null, null, null, true));
                continue;
            }
            cities.add(new CityIndicators(row.city(), row.country(), scope.show(row.cents()), row.redemptions(),
                    Ratios.leverage(row.basketCents(), row.voucherCents()), Ratios.velocityDays(row.velocity()), row.shoppers(), row.merchants(), false));
        }
        return new CitiesAnswer(scope.currency(), scope.from(), scope.to(), cities);
    }
}

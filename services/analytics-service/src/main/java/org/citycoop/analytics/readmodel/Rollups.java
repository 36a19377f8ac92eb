package org.citycoop.analytics.readmodel;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Keeps the rollups (V2__rollups.sql, ADR 19) up to date. Consumers name the days their events touch in
 * {@code rollup_dirty}, in the event's transaction; every {@code citycoop.analytics.rollup-interval} the
 * refresher takes those names and recomputes the day rows of those days from the facts, in one
 * transaction, so a day's rows are always those of the facts committed before it, whatever order the
 * topics arrived in (a sale that arrives after its redemptions, a shop registered late). Months before
 * the current one (in the network's zone) are then recomputed from their day rows and marked fresh; the
 * measures read the month rows of fresh months and the day rows of the rest. One instance refreshes at a
 * time (an advisory lock). While a rebuild reads the topics the refresher waits, then takes in every
 * named day at once; after a round that took t it rests 4 t, so that while consumers catch up it does
 * not recompute the same days over and over.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Rollups {

    /** A rollup: its tables are {@code rollup_<name>_day} and {@code rollup_<name>_month}, with the same columns. */
    record Rollup(String name, List<String> keys, List<String> sums, List<String> sketches, String daySql) {

        String columns() {
            List<String> all = new ArrayList<>(List.of("day"));
            all.addAll(keys);
            all.addAll(sums);
            all.addAll(sketches);
            return String.join(", ", all);
        }

        /** The month rows of {@code :months} from the day rows. */
        String monthSql() {
            List<String> select = new ArrayList<>(List.of("date_trunc('month', day)::date"));
            select.addAll(keys);
            sums.forEach(sum -> select.add(sum.equals("shopper_count") ? "hll_cardinality(hll_union_agg(shoppers))::bigint" : "sum(" + sum + ")"));
            sketches.forEach(sketch -> select.add("hll_union_agg(" + sketch + ")"));
            StringBuilder groups = new StringBuilder("1");
            for (int i = 0; i < keys.size(); i++) {
                groups.append(", ").append(i + 2);
            }
            return "INSERT INTO rollup_%s_month (%s) SELECT %s FROM rollup_%s_day WHERE date_trunc('month', day)::date = ANY(:months) GROUP BY %s ORDER BY 1"
                    .formatted(name, columns(), String.join(", ", select), name, groups);
        }
    }

    private static final String SPEND = """
            (SELECT merchant_id, voucher_id, day, amount_eur AS cents, 1 AS redemptions FROM fact_redemption WHERE day = ANY(:days)
             UNION ALL
             SELECT merchant_id, voucher_id, day, -amount_eur, 0 FROM fact_reversal WHERE day = ANY(:days)) x""";

    /** A UUID as a sketch's value. */
    private static String hash(String uuid) {
        return "hll_hash_bytea(uuid_send(" + uuid + "))";
    }

    private static String sketch(String uuid) {
        return "coalesce(hll_add_agg(" + hash(uuid) + "), hll_empty())";
    }

    static final List<Rollup> ALL = List.of(
            new Rollup("spend", List.of("city_code", "country_code", "sector", "program_id", "issuer"),
                    List.of("cents", "redemptions", "velocity_days", "velocity_count"), List.of("shoppers", "merchants"), """
                    SELECT x.day, m.city_code, m.country_code, left(m.nace_code, 2), s.program_id, s.issuer,
                           sum(x.cents), sum(x.redemptions), coalesce(sum(x.day - s.day) FILTER (WHERE x.redemptions = 1), 0),
                           count(s.day) FILTER (WHERE x.redemptions = 1), %s, %s
                    FROM %s JOIN dim_merchant m ON m.merchant_id = x.merchant_id
                         LEFT JOIN fact_sale s ON s.voucher_id = x.voucher_id
                    GROUP BY 1, 2, 3, 4, 5, 6""".formatted(sketch("coalesce(s.holder_id, x.voucher_id)"), sketch("x.merchant_id"), SPEND)),
            new Rollup("flow", List.of("city_code", "country_code", "sector", "program_id", "issuer", "home_city"),
                    List.of("cents", "redemptions", "velocity_days", "velocity_count"), List.of("shoppers", "merchants"), """
                    SELECT x.day, m.city_code, m.country_code, left(m.nace_code, 2), s.program_id, s.issuer, sh.home_city,
                           sum(x.cents), sum(x.redemptions), coalesce(sum(x.day - s.day) FILTER (WHERE x.redemptions = 1), 0),
                           count(s.day) FILTER (WHERE x.redemptions = 1), %s, %s
                    FROM %s JOIN dim_merchant m ON m.merchant_id = x.merchant_id
                         LEFT JOIN fact_sale s ON s.voucher_id = x.voucher_id LEFT JOIN dim_shopper sh ON sh.shopper_id = s.holder_id
                    GROUP BY 1, 2, 3, 4, 5, 6, 7""".formatted(sketch("coalesce(s.holder_id, x.voucher_id)"), sketch("x.merchant_id"), SPEND)),
            new Rollup("merchant", List.of("merchant_id", "program_id"), List.of("cents", "redemptions", "shopper_count"), List.of("shoppers"), """
                    SELECT x.day, x.merchant_id, s.program_id, sum(x.cents), sum(x.redemptions),
                           hll_cardinality(%1$s)::bigint, %1$s
                    FROM %2$s LEFT JOIN fact_sale s ON s.voucher_id = x.voucher_id
                    GROUP BY 1, 2, 3""".formatted(sketch("coalesce(s.holder_id, x.voucher_id)"), SPEND)),
            new Rollup("purchase", List.of("city_code", "country_code", "sector"), List.of("purchases", "basket_cents", "voucher_cents"),
                    List.of("shoppers", "merchants"), """
                    SELECT p.day, m.city_code, m.country_code, left(m.nace_code, 2), count(*),
                           coalesce(sum(p.basket_eur) FILTER (WHERE p.voucher_eur > 0), 0), coalesce(sum(p.voucher_eur) FILTER (WHERE p.voucher_eur > 0), 0),
                           %s, %s
                    FROM fact_purchase p JOIN dim_merchant m ON m.merchant_id = p.merchant_id
                    WHERE p.day = ANY(:days)
                    GROUP BY 1, 2, 3, 4""".formatted(sketch("p.shopper_id"), sketch("p.merchant_id"))),
            new Rollup("voucher", List.of("program_id", "issuer"), List.of("sold", "sold_cents", "redeemed_cents", "breakage_cents", "refund_cents"),
                    List.of("holders"), """
                    SELECT v.day, s.program_id, s.issuer, sum(v.sold), sum(v.sold_cents), sum(v.redeemed), sum(v.breakage), sum(v.refund),
                           coalesce(hll_add_agg(v.holder), hll_empty())
                    FROM (SELECT voucher_id, day, 1 AS sold, face_eur AS sold_cents, 0 AS redeemed, 0 AS breakage, 0 AS refund,
                                 %s AS holder
                          FROM fact_sale WHERE day = ANY(:days)
                          UNION ALL SELECT voucher_id, day, 0, 0, amount_eur, 0, 0, NULL FROM fact_redemption WHERE day = ANY(:days)
                          UNION ALL SELECT voucher_id, day, 0, 0, -amount_eur, 0, 0, NULL FROM fact_reversal WHERE day = ANY(:days)
                          UNION ALL SELECT voucher_id, day, 0, 0, 0, CASE kind WHEN 'EXPIRED' THEN amount_eur ELSE 0 END,
                                           CASE kind WHEN 'CANCELLED' THEN amount_eur ELSE 0 END, NULL
                                    FROM fact_voucher_end WHERE day = ANY(:days)) v
                         JOIN fact_sale s ON s.voucher_id = v.voucher_id
                    GROUP BY 1, 2, 3""".formatted(hash("coalesce(holder_id, voucher_id)"))),
            new Rollup("points", List.of("kind", "city_code"), List.of("points"), List.of("shoppers"), """
                    SELECT day, kind, city_code, sum(points), %s FROM fact_points WHERE day = ANY(:days) GROUP BY 1, 2, 3"""
                    .formatted(sketch("shopper_id"))));

    private static final Logger log = LoggerFactory.getLogger(Rollups.class);
    private static final long LOCK = 0x526f6c6c757073L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AtomicLong refreshes = new AtomicLong();
    private final org.springframework.beans.factory.ObjectProvider<ReadModelRebuild> rebuild;
    /** No refresh before this (System.nanoTime): a refresh that took t waits 4 t before the next. */
    private volatile long restUntil = System.nanoTime();

    /** Names a day whose facts changed, in the caller's transaction. */
    void touch(LocalDate day) {
        jdbc.sql("INSERT INTO rollup_dirty (day) VALUES (:day)").param("day", Date.valueOf(day)).update();
    }

    /** Names the days of the rows {@code select} finds (a query of one column {@code day}), in the caller's transaction. */
    void touch(String select, java.util.Map<String, ?> params) {
        jdbc.sql("INSERT INTO rollup_dirty (day) SELECT DISTINCT day FROM (" + select + ") d").params(params).update();
    }

    /** Days still to be recomputed (0 when the rollups show every committed fact). */
    public long pending() {
        return jdbc.sql("SELECT count(*) FROM rollup_dirty").query(Long.class).single();
    }

    /** How many refreshes have changed something since the start. */
    public long refreshes() {
        return refreshes.get();
    }

    @Scheduled(fixedDelayString = "${citycoop.analytics.rollup-interval}", initialDelayString = "${citycoop.analytics.rollup-interval}")
    public void refresh() {
        try {
            if (System.nanoTime() - restUntil < 0 || rebuild.getObject().reading()) {
                return;
            }
            long start = System.nanoTime();
            refreshNow(LocalDate.now(Euros.NETWORK));
            // while consumers catch up (a first read, demo history) each round takes in more days, and
            // the rounds take at most a fifth of the time; at a normal pace a round is milliseconds
            restUntil = System.nanoTime() + 4 * (System.nanoTime() - start);
        } catch (RuntimeException e) {
            // the days stay named (the transaction rolled back): the next round tries again
            log.warn("Could not refresh the rollups: {}", e.getMessage(), e);
        }
    }

    /** Recomputes the named days and the months before {@code today}'s that are not fresh; returns the days recomputed. */
    public int refreshNow(LocalDate today) {
        Integer done = transactions.execute(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
                return 0;
            }
            TreeSet<LocalDate> days = new TreeSet<>(jdbc.sql("DELETE FROM rollup_dirty RETURNING day").query(LocalDate.class).list());
            if (!days.isEmpty()) {
                Date[] array = days.stream().map(Date::valueOf).toArray(Date[]::new);
                for (Rollup rollup : ALL) {
                    jdbc.sql("DELETE FROM rollup_%s_day WHERE day = ANY(:days)".formatted(rollup.name())).param("days", array).update();
                    // in the order of days: a period's rows lie together on disk
                    jdbc.sql("INSERT INTO rollup_%s_day (%s) %s ORDER BY 1".formatted(rollup.name(), rollup.columns(), rollup.daySql()))
                            .param("days", array).update();
                }
                Date[] months = days.stream().map(day -> day.withDayOfMonth(1)).distinct().map(Date::valueOf).toArray(Date[]::new);
                jdbc.sql("""
                        INSERT INTO rollup_month (month, fresh) SELECT m, false FROM unnest(CAST(:months AS date[])) m
                        ON CONFLICT (month) DO UPDATE SET fresh = false""").param("months", months).update();
            }
            Date[] stale = jdbc.sql("SELECT month FROM rollup_month WHERE NOT fresh AND month < :current")
                    .param("current", Date.valueOf(today.withDayOfMonth(1))).query(Date.class).list().toArray(Date[]::new);
            if (stale.length > 0) {
                for (Rollup rollup : ALL) {
                    jdbc.sql("DELETE FROM rollup_%s_month WHERE day = ANY(:months)".formatted(rollup.name())).param("months", stale).update();
                    jdbc.sql(rollup.monthSql()).param("months", stale).update();
                }
                jdbc.sql("UPDATE rollup_month SET fresh = true WHERE month = ANY(:months)").param("months", stale).update();
            }
            return days.size() + stale.length;
        });
        if (done != null && done > 0) {
            refreshes.incrementAndGet();
        }
        return done == null ? 0 : done;
    }
}

package org.citycoop.analytics.readmodel;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The EUR/HUF rates redemption-service recorded: every redemption across the border carries the
 * operators' rate it was converted at (V5__recorded_huf_rates.sql). A forint fact without a rate of its
 * own is converted at the rate of its day: the last recorded on or before that day; before the first,
 * the first; only while none was ever recorded, {@code citycoop.analytics.huf-per-eur}. A rate that
 * arrives after facts of the days it rules (topics in any order, a rebuild) converts those facts again
 * and names their days for the rollups, so the figures do not depend on the order events are read in.
 */
@Component
public class HufRates {

    /** The advisory lock between converting a forint fact and recording a rate. */
    private static final long LOCK = 0x4855465f52415445L; // "HUF_RATE"
    private static final LocalDate EVER = LocalDate.of(1, 1, 1);
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    /** The forint facts that carry no rate of their own, converted again at the rate of their day where it changed. */
    private static final List<String> RECONVERT = List.of("""
            WITH changed AS (UPDATE fact_sale SET rate = huf_per_eur(day, :fallback), face_eur = round(face_value * 100 / huf_per_eur(day, :fallback))
                             WHERE currency = 'HUF' AND day >= :from AND day < :until AND rate <> huf_per_eur(day, :fallback) RETURNING day)
            INSERT INTO rollup_dirty (day) SELECT DISTINCT day FROM changed""", """
            WITH changed AS (UPDATE fact_redemption SET rate = huf_per_eur(day, :fallback), amount_eur = round(amount * 100 / huf_per_eur(day, :fallback))
                             WHERE currency = 'HUF' AND merchant_currency = 'HUF' AND day >= :from AND day < :until
                               AND rate <> huf_per_eur(day, :fallback) RETURNING day)
            INSERT INTO rollup_dirty (day) SELECT DISTINCT day FROM changed""", """
            WITH changed AS (UPDATE fact_reversal v SET amount_eur = round(v.amount * 100 / r.rate) FROM fact_redemption r
                             WHERE r.redemption_id = v.redemption_id AND v.currency = 'HUF' AND r.day >= :from AND r.day < :until
                               AND v.amount_eur <> round(v.amount * 100 / r.rate) RETURNING v.day)
            INSERT INTO rollup_dirty (day) SELECT DISTINCT day FROM changed""", """
            WITH changed AS (UPDATE fact_reversal v SET amount_eur = round(v.amount * 100 / huf_per_eur(v.day, :fallback))
                             WHERE v.currency = 'HUF' AND v.day >= :from AND v.day < :until
                               AND NOT EXISTS (SELECT 1 FROM fact_redemption r WHERE r.redemption_id = v.redemption_id)
                               AND v.amount_eur <> round(v.amount * 100 / huf_per_eur(v.day, :fallback)) RETURNING v.day)
            INSERT INTO rollup_dirty (day) SELECT DISTINCT day FROM changed""", """
            WITH changed AS (UPDATE fact_purchase SET basket_eur = round(basket_total * 100 / huf_per_eur(day, :fallback)),
                                                      voucher_eur = round(voucher_amount * 100 / huf_per_eur(day, :fallback))
                             WHERE currency = 'HUF' AND day >= :from AND day < :until
                               AND (basket_eur <> round(basket_total * 100 / huf_per_eur(day, :fallback))
                                    OR voucher_eur <> round(voucher_amount * 100 / huf_per_eur(day, :fallback))) RETURNING day)
            INSERT INTO rollup_dirty (day) SELECT DISTINCT day FROM changed""", """
            WITH changed AS (UPDATE fact_voucher_end SET amount_eur = round(amount * 100 / huf_per_eur(day, :fallback))
                             WHERE currency = 'HUF' AND day >= :from AND day < :until
                               AND amount_eur <> round(amount * 100 / huf_per_eur(day, :fallback)) RETURNING day)
            INSERT INTO rollup_dirty (day) SELECT DISTINCT day FROM changed""");

    private final JdbcClient jdbc;
    private final BigDecimal fallback;

    HufRates(JdbcClient jdbc, ReadModelSettings settings) {
        this.jdbc = jdbc;
        this.fallback = settings.hufPerEur();
    }

    /** Forints a euro on {@code day}: the last rate recorded on or before it (see the class). */
    public BigDecimal on(LocalDate day) {
        return jdbc.sql("SELECT huf_per_eur(:day, :fallback)").param("day", Date.valueOf(day)).param("fallback", fallback).query(BigDecimal.class).single();
    }

    /**
     * The rate a fact in {@code currency} on {@code day} is converted at when it carries none: 1 for
     * euro. Holds a shared lock until the consumer's transaction ends, so that a rate recorded meanwhile
     * by another consumer converts this fact again once it is committed.
     */
    BigDecimal of(String currency, LocalDate day) {
        if ("EUR".equals(currency)) {
            return BigDecimal.ONE;
        }
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock_shared(:key)").param("key", LOCK).query(Integer.class).single();
        return on(day);
    }

    /**
     * Keeps the rate {@code hufPerEur} redemption {@code redemption} was converted at, in the consumer's
     * transaction, and converts again the forint facts of the days it now rules: from its day (from the
     * beginning if it is the first rate) until the next day with a recorded rate.
     */
    void recorded(UUID redemption, Instant at, BigDecimal hufPerEur) {
        LocalDate day = Euros.dayOf(at);
        // waits for the facts being converted at the rates known so far to be committed, and holds off new ones
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)").param("key", LOCK).query(Integer.class).single();
        int inserted = jdbc.sql("INSERT INTO huf_rate (redemption_id, at, day, rate) VALUES (:r, :at, :day, :rate) ON CONFLICT DO NOTHING")
                .param("r", redemption).param("at", Timestamp.from(at)).param("day", Date.valueOf(day)).param("rate", hufPerEur).update();
        if (inserted == 0) {
            return;
        }
        boolean first = jdbc.sql("SELECT count(*) FROM huf_rate WHERE (day, at) < (:day, :at)").param("day", Date.valueOf(day))
                .param("at", Timestamp.from(at)).query(Long.class).single() == 0;
        LocalDate until = jdbc.sql("SELECT day FROM huf_rate WHERE day > :day ORDER BY day LIMIT 1").param("day", Date.valueOf(day)).query(Date.class)
                .optional().map(Date::toLocalDate).orElse(NEVER);
        for (String statement : RECONVERT) {
            jdbc.sql(statement).param("from", Date.valueOf(first ? EVER : day)).param("until", Date.valueOf(until)).param("fallback", fallback).update();
        }
    }
}

package org.citycoop.redemption.settlement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.redemption.MerchantSettled;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: an operator settles a period (days in the network's time zone, Central European). Every
 * approved redemption and every reversal up to the period's end that is not settled yet is settled now,
 * per merchant, program issuer and the merchant's currency: redeemed less reversed is the payout, and
 * {@code MerchantSettled} says so. Settling the same period again finds nothing new. Amounts are what
 * the merchant was credited (for a cross-currency redemption, in the store's currency; its reversal at
 * the redemption's rate).
 */
@Service
public class Settlements {

    /** The business days' zone: Vienna, Ljubljana and Budapest keep the same time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Vienna");

    /** A statement line: one merchant, one issuer, one period. */
    public record Statement(UUID id, UUID merchantId, String issuer, String currency, LocalDate periodFrom, LocalDate periodTo, int redemptions,
            long redeemed, long reversed, long payout, Instant settledAt) {
    }

    /** A statement of a period as operators list it: with the merchant's name (as merchant-service announced it) and city. */
    public record Settled(UUID id, UUID merchantId, @Nullable String merchant, @Nullable String cityCode, String issuer, String currency, LocalDate periodFrom,
            LocalDate periodTo, int redemptions, long redeemed, long reversed, long payout, Instant settledAt) {
    }

    private final JdbcClient jdbc;
    private final IntegrationEvents events;
    private final Clock clock = Clock.systemUTC();

    Settlements(JdbcClient jdbc, IntegrationEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public List<Statement> settle(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw RequestRejected.invalid(List.of(new Violation("to", "settlement.period")));
        }
        Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (end.isAfter(now)) {
            throw RequestRejected.invalid(List.of(new Violation("to", "settlement.period-not-over")));
        }
        // no redemption of these may be reversed while they are settled: lock them
        jdbc.sql("SELECT id FROM redemption WHERE settlement_id IS NULL AND outcome = 'APPROVED' AND at < :end FOR UPDATE")
                .param("end", Timestamp.from(end)).query(UUID.class).list();
        record Group(UUID merchantId, String issuer, String currency, int redemptions, long redeemed, long reversed) {
        }
        List<Group> groups = jdbc.sql("""
                WITH open_redemptions AS (
                    SELECT r.merchant_id, v.issuer, coalesce(r.merchant_currency, r.currency) AS currency, coalesce(r.merchant_amount, r.amount) AS credited
                    FROM redemption r JOIN voucher v ON v.id = r.voucher_id
                    WHERE r.settlement_id IS NULL AND r.outcome = 'APPROVED' AND r.at < :end),
                open_reversals AS (
                    SELECT r.merchant_id, v.issuer, coalesce(r.merchant_currency, r.currency) AS currency,
                           round(x.amount * coalesce(r.merchant_amount, r.amount)::numeric / r.amount)::bigint AS credited
                    FROM reversal x JOIN redemption r ON r.id = x.redemption_id JOIN voucher v ON v.id = r.voucher_id
                    WHERE x.settlement_id IS NULL AND x.at < :end)
                SELECT merchant_id, issuer, currency, sum(redemptions)::int AS redemptions, sum(redeemed)::bigint AS redeemed, sum(reversed)::bigint AS reversed
                FROM (SELECT merchant_id, issuer, currency, 1 AS redemptions, credited AS redeemed, 0 AS reversed FROM open_redemptions
                      UNION ALL SELECT merchant_id, issuer, currency, 0, 0, credited FROM open_reversals) lines
                GROUP BY merchant_id, issuer, currency ORDER BY merchant_id, issuer""")
                .param("end", Timestamp.from(end)).query(Group.class).list();
        List<Statement> statements = new ArrayList<>();
        for (Group group : groups) {
            UUID id = UUID.randomUUID();
            Statement statement = new Statement(id, group.merchantId(), group.issuer(), group.currency().strip(), from, to, group.redemptions(),
                    group.redeemed(), group.reversed(), group.redeemed() - group.reversed(), now);
            jdbc.sql("""
                    INSERT INTO settlement (id, merchant_id, issuer, currency, period_from, period_to, redemptions, redeemed, reversed, payout, settled_at)
                    VALUES (:id, :m, :issuer, :currency, :from, :to, :n, :redeemed, :reversed, :payout, :at)""")
                    .param("id", id).param("m", group.merchantId()).param("issuer", group.issuer()).param("currency", statement.currency())
                    .param("from", from).param("to", to).param("n", group.redemptions()).param("redeemed", group.redeemed())
                    .param("reversed", group.reversed()).param("payout", statement.payout()).param("at", Timestamp.from(now)).update();
            jdbc.sql("""
                    UPDATE redemption r SET settlement_id = :s FROM voucher v
                    WHERE v.id = r.voucher_id AND r.settlement_id IS NULL AND r.outcome = 'APPROVED' AND r.at < :end AND r.merchant_id = :m
                      AND v.issuer = :issuer AND coalesce(r.merchant_currency, r.currency) = :currency""")
                    .param("s", id).param("end", Timestamp.from(end)).param("m", group.merchantId()).param("issuer", group.issuer())
                    .param("currency", statement.currency()).update();
            jdbc.sql("""
                    UPDATE reversal x SET settlement_id = :s FROM redemption r, voucher v
                    WHERE r.id = x.redemption_id AND v.id = r.voucher_id AND x.settlement_id IS NULL AND x.at < :end AND r.merchant_id = :m
                      AND v.issuer = :issuer AND coalesce(r.merchant_currency, r.currency) = :currency""")
                    .param("s", id).param("end", Timestamp.from(end)).param("m", group.merchantId()).param("issuer", group.issuer())
                    .param("currency", statement.currency()).update();
            events.publish(new MerchantSettled(id, group.merchantId(), group.issuer(), from, to, group.redemptions(), group.redeemed(), group.reversed(),
                    statement.payout(), statement.currency(), now));
            statements.add(statement);
        }
        return statements;
    }

    /** Every merchant's statements of periods within {@code from}–{@code to} (as clearing and the payout files take them), newest period first. */
    public List<Settled> within(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw RequestRejected.invalid(List.of(new Violation("to", "settlement.period")));
        }
        return jdbc.sql("""
                SELECT s.id, s.merchant_id, m.trading_name AS merchant, m.city_code, s.issuer, trim(s.currency) AS currency, s.period_from, s.period_to,
                       s.redemptions, s.redeemed, s.reversed, s.payout, s.settled_at
                FROM settlement s LEFT JOIN merchant_replica m ON m.merchant_id = s.merchant_id
                WHERE s.period_from >= :from AND s.period_to <= :to
                ORDER BY s.period_from DESC, m.trading_name, s.issuer, s.currency""").param("from", from).param("to", to).query(Settled.class).list();
    }

    public List<Statement> ofMerchant(UUID merchantId) {
        return jdbc.sql("""
                SELECT id, merchant_id, issuer, currency, period_from, period_to, redemptions, redeemed, reversed, payout, settled_at
                FROM settlement WHERE merchant_id = :m ORDER BY period_from DESC, issuer""").param("m", merchantId).query(Statement.class).list();
    }
}

package org.citycoop.redemption.settlement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.redemption.settlement.decision.OpenLine;
import org.citycoop.redemption.settlement.decision.Payout;
import org.citycoop.redemption.settlement.decision.Period;
import org.citycoop.redemption.settlement.decision.Statement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/**
 * The statements settled, the redemptions and reversals they close, and the payouts they come to (with the merchants' payout
 * accounts). What is known of the merchants themselves is the replica's ({@code MerchantReplica.Lookup}), not read here.
 */
@Repository
@RequiredArgsConstructor
class SettlementBook {

    /** A settled statement as stored: the decision's {@link Statement}, its period and when it was settled. */
    record Entered(UUID id, Statement statement, Period period, Instant settledAt) {
    }

    private final JdbcClient jdbc;

    /** Locks the approved redemptions not settled yet made before {@code end}: none of them may be reversed while they are settled. */
    void lockOpenRedemptions(Instant end) {
        jdbc.sql("SELECT id FROM redemption WHERE settlement_id IS NULL AND outcome = 'APPROVED' AND at < :end FOR UPDATE")
                .param("end", Timestamp.from(end)).query(UUID.class).list();
    }

    /**
     * Every approved redemption and every reversal not settled yet made before {@code end}, as the merchant was credited (a
     * cross-currency reversal at its redemption's rate), by merchant, issuer and currency.
     */
    List<OpenLine> openLines(Instant end) {
        record Row(UUID merchantId, String issuer, String currency, String kind, long credited) {
        }
        return jdbc.sql("""
                SELECT r.merchant_id, v.issuer, coalesce(r.merchant_currency, r.currency) AS currency, 'REDEMPTION' AS kind,
                       coalesce(r.merchant_amount, r.amount) AS credited
                FROM redemption r JOIN voucher v ON v.id = r.voucher_id
                WHERE r.settlement_id IS NULL AND r.outcome = 'APPROVED' AND r.at < :end
                UNION ALL
                SELECT r.merchant_id, v.issuer, coalesce(r.merchant_currency, r.currency), 'REVERSAL',
                       round(x.amount * coalesce(r.merchant_amount, r.amount)::numeric / r.amount)::bigint
                FROM reversal x JOIN redemption r ON r.id = x.redemption_id JOIN voucher v ON v.id = r.voucher_id
                WHERE x.settlement_id IS NULL AND x.at < :end
                ORDER BY 1, 2, 3""")
                .param("end", Timestamp.from(end)).query(Row.class).list().stream()
                .map(row -> new OpenLine(row.merchantId(), row.issuer(), OpenLine.Kind.valueOf(row.kind()),
                        Money.of(row.credited(), Currency.valueOf(row.currency().strip()))))
                .toList();
    }

    /** Stores the statement and closes the open redemptions and reversals it settles. */
    void add(Entered entered) {
        Statement statement = entered.statement();
        String currency = statement.redeemed().currency().name();
        Timestamp end = Timestamp.from(entered.period().end());
        jdbc.sql("""
                INSERT INTO settlement (id, merchant_id, issuer, currency, period_from, period_to, redemptions, redeemed, reversed, payout, settled_at)
                VALUES (:id, :m, :issuer, :currency, :from, :to, :n, :redeemed, :reversed, :payout, :at)""")
                .param("id", entered.id()).param("m", statement.merchantId()).param("issuer", statement.issuer()).param("currency", currency)
                .param("from", entered.period().from()).param("to", entered.period().to()).param("n", statement.redemptions())
                .param("redeemed", statement.redeemed().minor()).param("reversed", statement.reversed().minor()).param("payout", statement.payout().minor())
                .param("at", Timestamp.from(entered.settledAt())).update();
        jdbc.sql("""
                UPDATE redemption r SET settlement_id = :s FROM voucher v
                WHERE v.id = r.voucher_id AND r.settlement_id IS NULL AND r.outcome = 'APPROVED' AND r.at < :end AND r.merchant_id = :m
                  AND v.issuer = :issuer AND coalesce(r.merchant_currency, r.currency) = :currency""")
                .param("s", entered.id()).param("end", end).param("m", statement.merchantId()).param("issuer", statement.issuer())
                .param("currency", currency).update();
        jdbc.sql("""
                UPDATE reversal x SET settlement_id = :s FROM redemption r, voucher v
                WHERE r.id = x.redemption_id AND v.id = r.voucher_id AND x.settlement_id IS NULL AND x.at < :end AND r.merchant_id = :m
                  AND v.issuer = :issuer AND coalesce(r.merchant_currency, r.currency) = :currency""")
                .param("s", entered.id()).param("end", end).param("m", statement.merchantId()).param("issuer", statement.issuer())
                .param("currency", currency).update();
    }

    /** The statements of periods within {@code period}, newest period first. */
    List<Settlements.Statement> within(Period period) {
        return jdbc.sql("""
                SELECT id, merchant_id, issuer, trim(currency) AS currency, period_from, period_to, redemptions, redeemed, reversed, payout, settled_at
                FROM settlement WHERE period_from >= :from AND period_to <= :to ORDER BY period_from DESC, issuer, currency, id""")
                .param("from", period.from()).param("to", period.to()).query(Settlements.Statement.class).list();
    }

    /** A merchant's statements, newest period first. */
    List<Settlements.Statement> ofMerchant(UUID merchantId) {
        return jdbc.sql("""
                SELECT id, merchant_id, issuer, currency, period_from, period_to, redemptions, redeemed, reversed, payout, settled_at
                FROM settlement WHERE merchant_id = :m ORDER BY period_from DESC, issuer""").param("m", merchantId).query(Settlements.Statement.class).list();
    }

    /** The statements with a payout of the periods within {@code period}, by issuer and account holder; the paying city is not filled in here. */
    List<Payout> payouts(Period period) {
        return jdbc.sql("""
                SELECT s.id, s.merchant_id, a.account_holder, a.iban, s.issuer, s.currency, s.payout, s.period_from, s.period_to
                FROM settlement s LEFT JOIN payout_account a ON a.merchant_id = s.merchant_id
                WHERE s.period_from >= :from AND s.period_to <= :to AND s.payout > 0 ORDER BY s.issuer, a.account_holder, s.id""")
                .param("from", period.from()).param("to", period.to()).query(PayoutRow.class).list().stream().map(PayoutRow::toPayout).toList();
    }

    /** A merchant's statements with a payout, newest period first; the paying city is not filled in here. */
    List<Payout> payoutsOf(UUID merchantId) {
        return jdbc.sql("""
                SELECT s.id, s.merchant_id, a.account_holder, a.iban, s.issuer, s.currency, s.payout, s.period_from, s.period_to
                FROM settlement s LEFT JOIN payout_account a ON a.merchant_id = s.merchant_id
                WHERE s.merchant_id = :m AND s.payout > 0 ORDER BY s.period_from DESC, s.issuer, s.id""")
                .param("m", merchantId).query(PayoutRow.class).list().stream().map(PayoutRow::toPayout).toList();
    }

    private record PayoutRow(UUID id, UUID merchantId, @Nullable String accountHolder, @Nullable String iban, String issuer, String currency, long payout,
            LocalDate periodFrom, LocalDate periodTo) {

        Payout toPayout() {
            return new Payout(id, merchantId, accountHolder, iban, issuer, Money.of(payout, Currency.valueOf(currency.strip())), periodFrom, periodTo, null);
        }
    }
}

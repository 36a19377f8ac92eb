package org.citycoop.redemption.settlement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payouts of settled statements: as a CSV file (Apache Commons CSV, amounts in major units with a
 * decimal point) and, for the euro ones, as a SEPA credit transfer file ({@link SepaPayouts}).
 */
@Component
class PayoutFile {

    /**
     * One statement to pay: a merchant, its payout account (null while unknown), the issuer, the amount,
     * and the partner city that pays it out (the merchant's seat, as clearing assumes).
     */
    record Payout(UUID id, UUID merchantId, @Nullable String accountHolder, @Nullable String iban, String issuer, String currency, long payout,
            LocalDate periodFrom, LocalDate periodTo, @Nullable String payingCity) {

        Money amount() {
            return Money.of(payout, Currency.valueOf(currency.strip()));
        }

        String reference() {
            return "citycoop " + periodFrom + ".." + periodTo + " " + id.toString().substring(0, 8);
        }
    }

    private final JdbcClient jdbc;

    PayoutFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The statements with a payout of the periods within {@code from}–{@code to}, by issuer and account holder. */
    List<Payout> payouts(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw RequestRejected.invalid(List.of(new Violation("to", "settlement.period")));
        }
        return jdbc.sql("""
                SELECT s.id, s.merchant_id, a.account_holder, a.iban, s.issuer, s.currency, s.payout, s.period_from, s.period_to, m.city_code AS paying_city
                FROM settlement s LEFT JOIN payout_account a ON a.merchant_id = s.merchant_id LEFT JOIN merchant_replica m ON m.merchant_id = s.merchant_id
                WHERE s.period_from >= :from AND s.period_to <= :to AND s.payout > 0 ORDER BY s.issuer, a.account_holder, s.id""")
                .param("from", from).param("to", to).query(Payout.class).list();
    }

    /**
     * A merchant's own payout file, newest period first: each statement with a payout, the account it is
     * paid into (empty while the merchant has not given one), the amount in major units, the city that
     * pays it and the reference the bank transfer carries, so the owner can match it with the bank statement.
     */
    String merchantCsv(UUID merchantId) {
        List<Payout> payouts = jdbc.sql("""
                SELECT s.id, s.merchant_id, a.account_holder, a.iban, s.issuer, s.currency, s.payout, s.period_from, s.period_to, m.city_code AS paying_city
                FROM settlement s LEFT JOIN payout_account a ON a.merchant_id = s.merchant_id LEFT JOIN merchant_replica m ON m.merchant_id = s.merchant_id
                WHERE s.merchant_id = :m AND s.payout > 0 ORDER BY s.period_from DESC, s.issuer, s.id""")
                .param("m", merchantId).query(Payout.class).list();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("settlement_id", "period_from", "period_to", "issuer",
                "paying_city", "account_holder", "iban", "currency", "amount", "reference").get())) {
            for (Payout line : payouts) {
                csv.printRecord(line.id(), line.periodFrom(), line.periodTo(), line.issuer(), line.payingCity() == null ? "" : line.payingCity(),
                        line.accountHolder() == null ? "" : line.accountHolder(), line.iban() == null ? "" : line.iban(), line.amount().currency().name(),
                        line.amount().major().toPlainString(), line.reference());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    String csv(@Nullable LocalDate from, @Nullable LocalDate to) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("settlement_id", "merchant_id", "account_holder", "iban", "issuer", "currency", "amount", "reference").get())) {
            for (Payout line : payouts(from, to)) {
                csv.printRecord(line.id(), line.merchantId(), line.accountHolder() == null ? "" : line.accountHolder(), line.iban() == null ? "" : line.iban(),
                        line.issuer(), line.amount().currency().name(), line.amount().major().toPlainString(), line.reference());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A merchant's statements as CSV, newest first, for its owner's books: period, issuer, redemptions,
     * redeemed, reversed and payout in major units, and the reference the payout's bank transfer carries.
     */
    String statementsCsv(List<Settlements.Statement> statements) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("statement_id", "period_from", "period_to", "issuer", "currency",
                "redemptions", "redeemed", "reversed", "payout", "reference", "settled_at").get())) {
            for (Settlements.Statement line : statements) {
                Currency currency = Currency.valueOf(line.currency().strip());
                csv.printRecord(line.id(), line.periodFrom(), line.periodTo(), line.issuer(), currency.name(), line.redemptions(),
                        Money.of(line.redeemed(), currency).major().toPlainString(), Money.of(line.reversed(), currency).major().toPlainString(),
                        Money.of(line.payout(), currency).major().toPlainString(),
                        "citycoop " + line.periodFrom() + ".." + line.periodTo() + " " + line.id().toString().substring(0, 8), line.settledAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

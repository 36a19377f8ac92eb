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

/** Payouts of settled statements as a CSV file (Apache Commons CSV), amounts in major units with a decimal point. */
@Component
class PayoutFile {

    private final JdbcClient jdbc;

    PayoutFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String csv(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw RequestRejected.invalid(List.of(new Violation("to", "settlement.period")));
        }
        record Line(UUID id, UUID merchantId, @Nullable String accountHolder, @Nullable String iban, String issuer, String currency, long payout,
                LocalDate periodFrom, LocalDate periodTo) {
        }
        List<Line> lines = jdbc.sql("""
                SELECT s.id, s.merchant_id, a.account_holder, a.iban, s.issuer, s.currency, s.payout, s.period_from, s.period_to
                FROM settlement s LEFT JOIN payout_account a ON a.merchant_id = s.merchant_id
                WHERE s.period_from >= :from AND s.period_to <= :to AND s.payout > 0 ORDER BY s.issuer, a.account_holder, s.id""")
                .param("from", from).param("to", to).query(Line.class).list();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("settlement_id", "merchant_id", "account_holder", "iban", "issuer", "currency", "amount", "reference").get())) {
            for (Line line : lines) {
                Currency currency = Currency.valueOf(line.currency().strip());
                csv.printRecord(line.id(), line.merchantId(), line.accountHolder() == null ? "" : line.accountHolder(), line.iban() == null ? "" : line.iban(),
                        line.issuer(), currency.name(), Money.of(line.payout(), currency).major().toPlainString(),
                        "citycoop " + line.periodFrom() + ".." + line.periodTo() + " " + line.id().toString().substring(0, 8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

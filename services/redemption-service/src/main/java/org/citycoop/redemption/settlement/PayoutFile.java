package org.citycoop.redemption.settlement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.redemption.merchants.MerchantReplica;
import org.citycoop.redemption.settlement.decision.Payout;
import org.citycoop.redemption.settlement.decision.Period;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * The payouts of settled statements: as a CSV file (Apache Commons CSV, amounts in major units with a
 * decimal point) and, for the euro ones, as a SEPA credit transfer file ({@link SepaPayouts}). The city that
 * pays a merchant is its seat, as the replica knows it ({@link MerchantReplica.Lookup}).
 */
@Component
@RequiredArgsConstructor
class PayoutFile {

    private final SettlementBook book;
    private final MerchantReplica.Lookup merchants;

    /** The statements with a payout of the periods within {@code period}, by issuer and account holder, with the city that pays each. */
    List<Payout> payouts(Period period) {
        return withPayingCity(book.payouts(period));
    }

    /**
     * A merchant's own payout file, newest period first: each statement with a payout, the account it is
     * paid into (empty while the merchant has not given one), the amount in major units, the city that
     * pays it and the reference the bank transfer carries, so the owner can match it with the bank statement.
     */
    String merchantCsv(UUID merchantId) {
        List<Payout> payouts = withPayingCity(book.payoutsOf(merchantId));
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

    String csv(Period period) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("settlement_id", "merchant_id", "account_holder", "iban", "issuer", "currency", "amount", "reference").get())) {
            for (Payout line : payouts(period)) {
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

    private List<Payout> withPayingCity(List<Payout> payouts) {
        Map<UUID, MerchantReplica> seats = merchants.byIds(payouts.stream().map(Payout::merchantId).distinct().toList());
        return payouts.stream().map(p -> {
            MerchantReplica seat = seats.get(p.merchantId());
            return new Payout(p.id(), p.merchantId(), p.accountHolder(), p.iban(), p.issuer(), p.amount(), p.periodFrom(), p.periodTo(),
                    seat == null ? null : seat.cityCode());
        }).toList();
    }
}

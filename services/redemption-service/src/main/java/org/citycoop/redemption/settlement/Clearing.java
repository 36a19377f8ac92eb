package org.citycoop.redemption.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.redemption.merchants.MerchantReplica;
import org.citycoop.redemption.settlement.decision.Offsetting;
import org.citycoop.redemption.settlement.decision.Period;
import org.springframework.stereotype.Component;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What issuers owe each other. Each partner city pays out the merchants seated in it; when a
 * voucher of one issuer was spent at a merchant of another city, the issuer owes that city the payout
 * (the cooperation's own programs likewise). From settled statements of periods within the range:
 * the gross amounts per debtor and creditor, and the net amount per pair. The rules are {@link Offsetting}'s;
 * the merchants' seats are the replica's ({@link MerchantReplica.Lookup}); a merchant not known there is left out.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Clearing {

    /** One issuer owes one city this much (minor units). */
    public record Owed(String debtor, String creditor, String currency, long amount) {
    }

    /** Gross debts and, per pair of parties, who owes whom after offsetting. */
    public record Report(LocalDate from, LocalDate to, List<Owed> gross, List<Owed> net) {
    }

    private final SettlementBook book;
    private final MerchantReplica.Lookup merchants;

    public Report between(Period period) {
        List<Settlements.Statement> statements = book.within(period);
        Map<UUID, MerchantReplica> seats = merchants.byIds(statements.stream().map(Settlements.Statement::merchantId).distinct().toList());
        List<Offsetting.Paid> paid = statements.stream().filter(s -> seats.containsKey(s.merchantId()))
                .map(s -> new Offsetting.Paid(s.issuer(), Objects.requireNonNull(seats.get(s.merchantId())).cityCode(),
                        org.citycoop.contracts.money.Money.of(s.payout(), org.citycoop.contracts.money.Currency.valueOf(s.currency().strip()))))
                .toList();
        Offsetting.Cleared cleared = Offsetting.clear(paid);
        return new Report(period.from(), period.to(), owed(cleared.gross()), owed(cleared.net()));
    }

    private static List<Owed> owed(List<Offsetting.Owed> owed) {
        return owed.stream().map(o -> new Owed(o.debtor(), o.creditor(), o.amount().currency().name(), o.amount().minor())).toList();
    }
}

package org.citycoop.redemption.settlement.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;

/**
 * What issuers owe each other, from settled statements. Each partner city pays out the merchants seated in it; when a voucher
 * of one issuer was spent at a merchant of another city, the issuer owes that city the payout (the cooperation's own programs
 * likewise). The gross amounts per debtor, creditor and currency; and, per pair of parties, the net after offsetting.
 */
public final class Offsetting {

    /** A settled payout: what the merchant seated in {@code payingCity} was paid out for the {@code issuer}'s vouchers. */
    public record Paid(String issuer, String payingCity, Money payout) {
    }

    /** One party owes another this much. */
    public record Owed(String debtor, String creditor, Money amount) {
    }

    /** Gross debts, and who owes whom per pair after offsetting; the gross ordered by debtor, creditor and currency, the net pairs in the order they first owe. */
    public record Cleared(List<Owed> gross, List<Owed> net) {
    }

    private static final Comparator<Owed> ORDER = Comparator.comparing(Owed::debtor).thenComparing(Owed::creditor)
            .thenComparing(owed -> owed.amount().currency().name());

    private Offsetting() {
    }

    public static Cleared clear(List<Paid> payouts) {
        List<Owed> gross = gross(payouts);
        return new Cleared(gross, net(gross));
    }

    /** The rule of who owes: the issuer owes the paying city, unless they are the same; sums that come to nothing are no debt. */
    static List<Owed> gross(List<Paid> payouts) {
        record Key(String debtor, String creditor, Currency currency) {
        }
        Map<Key, Money> sums = new java.util.HashMap<>();
        for (Paid paid : payouts) {
            if (!paid.issuer().equals(paid.payingCity())) {
                sums.merge(new Key(paid.issuer(), paid.payingCity(), paid.payout().currency()), paid.payout(), Money::plus);
            }
        }
        return sums.entrySet().stream().filter(sum -> sum.getValue().minor() != 0)
                .map(sum -> new Owed(sum.getKey().debtor(), sum.getKey().creditor(), sum.getValue())).sorted(ORDER).toList();
    }

    /** The rule of offsetting: what two parties owe each other in one currency offsets; the one who owes more owes the difference. */
    static List<Owed> net(List<Owed> gross) {
        record Pair(String first, String second, Currency currency) {
        }
        Map<Pair, Money> balances = new LinkedHashMap<>();
        for (Owed owed : gross) {
            boolean ordered = owed.debtor().compareTo(owed.creditor()) < 0;
            Pair pair = ordered ? new Pair(owed.debtor(), owed.creditor(), owed.amount().currency()) : new Pair(owed.creditor(), owed.debtor(),
                    owed.amount().currency());
            balances.merge(pair, ordered ? owed.amount() : Money.zero(pair.currency()).minus(owed.amount()), Money::plus);
        }
        List<Owed> net = new ArrayList<>();
        balances.forEach((pair, balance) -> {
            if (balance.isPositive()) {
                net.add(new Owed(pair.first(), pair.second(), balance));
            } else if (balance.minor() < 0) {
                net.add(new Owed(pair.second(), pair.first(), Money.zero(pair.currency()).minus(balance)));
            }
        });
        return List.copyOf(net);
    }
}

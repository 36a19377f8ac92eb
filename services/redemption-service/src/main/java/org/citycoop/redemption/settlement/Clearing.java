package org.citycoop.redemption.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What issuers owe each other. Each partner city pays out the merchants seated in it; when a
 * voucher of one issuer was spent at a merchant of another city, the issuer owes that city the payout
 * (the cooperation's own programs likewise). From settled statements of periods within the range:
 * the gross amounts per debtor and creditor, and the net amount per pair.
 */
@Component
public class Clearing {

    /** One issuer owes one city this much. */
    public record Owed(String debtor, String creditor, String currency, long amount) {
    }

    /** Gross debts and, per pair of parties, who owes whom after offsetting. */
    public record Report(LocalDate from, LocalDate to, List<Owed> gross, List<Owed> net) {
    }

    private final JdbcClient jdbc;

    Clearing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Report between(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw RequestRejected.invalid(List.of(new Violation("to", "settlement.period")));
        }
        List<Owed> gross = jdbc.sql("""
                SELECT s.issuer AS debtor, m.city_code AS creditor, s.currency, sum(s.payout)::bigint AS amount
                FROM settlement s JOIN merchant_replica m ON m.merchant_id = s.merchant_id
                WHERE s.period_from >= :from AND s.period_to <= :to AND s.issuer <> m.city_code
                GROUP BY s.issuer, m.city_code, s.currency HAVING sum(s.payout) <> 0 ORDER BY 1, 2, 3""")
                .param("from", from).param("to", to).query(Owed.class).list();
        Map<String, Long> balances = new LinkedHashMap<>();
        for (Owed owed : gross) {
            boolean ordered = owed.debtor().compareTo(owed.creditor()) < 0;
            String pair = (ordered ? owed.debtor() + "|" + owed.creditor() : owed.creditor() + "|" + owed.debtor()) + "|" + owed.currency().strip();
            balances.merge(pair, ordered ? owed.amount() : -owed.amount(), Long::sum);
        }
        List<Owed> net = new ArrayList<>();
        balances.forEach((pair, amount) -> {
            String[] parts = pair.split("\\|");
            if (amount > 0) {
                net.add(new Owed(parts[0], parts[1], parts[2], amount));
            } else if (amount < 0) {
                net.add(new Owed(parts[1], parts[0], parts[2], -amount));
            }
        });
        return new Report(from, to, gross.stream().map(o -> new Owed(o.debtor(), o.creditor(), o.currency().strip(), o.amount())).toList(), net);
    }
}

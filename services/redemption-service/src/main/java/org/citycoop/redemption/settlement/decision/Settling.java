package org.citycoop.redemption.settlement.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.decision.Policies;

/**
 * Settling a period, decided: whether it may be settled ({@link #decide}, the first refusal of the policies), and what its open
 * lines come to ({@link #net}). The caller locks the open redemptions before it loads them (none may be reversed while they are
 * settled), and stores each statement, closes its lines and publishes {@code MerchantSettled} in one transaction.
 */
public final class Settling {

    /** What a settlement request comes to. */
    public sealed interface Decision permits Settle, Refused {
    }

    /** Settle everything open before {@code period.end()}. */
    public record Settle(Period period) implements Decision {
    }

    /** Settle nothing, for {@code refusal}. */
    public record Refused(SettlementRefusal refusal) implements Decision {
    }

    private final Policies<SettlementRequest, SettlementRefusal> policies;

    public Settling(List<SettlementPolicy> policies) {
        this.policies = Policies.of(policies);
    }

    /** With every current policy. */
    public static Settling withAllCurrentPolicies() {
        return new Settling(SettlementPolicy.allCurrentPolicies());
    }

    public Decision decide(SettlementRequest request) {
        return policies.decide(request, Refused::new, () -> new Settle(request.period().orElseThrow()));
    }

    /**
     * Netting: reversals net against redemptions of the same merchant, issuer and currency, whenever the redemption was made
     * (a reversal still open is settled with the period it was made in). One statement per merchant, issuer and currency, in
     * the order the lines came; none where there is no line.
     */
    public static List<Statement> net(List<OpenLine> lines) {
        record Key(UUID merchantId, String issuer, Currency currency) {
        }
        Map<Key, Statement> statements = new LinkedHashMap<>();
        for (OpenLine line : lines) {
            Key key = new Key(line.merchantId(), line.issuer(), line.credited().currency());
            Money zero = Money.zero(key.currency());
            Statement before = statements.getOrDefault(key, new Statement(key.merchantId(), key.issuer(), 0, zero, zero));
            statements.put(key, switch (line.kind()) {
                case REDEMPTION -> new Statement(key.merchantId(), key.issuer(), before.redemptions() + 1, before.redeemed().plus(line.credited()),
                        before.reversed());
                case REVERSAL -> new Statement(key.merchantId(), key.issuer(), before.redemptions(), before.redeemed(), before.reversed().plus(line.credited()));
            });
        }
        return new ArrayList<>(statements.values());
    }
}

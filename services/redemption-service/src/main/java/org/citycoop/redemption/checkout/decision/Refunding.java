package org.citycoop.redemption.checkout.decision;

import java.util.List;

import org.citycoop.contracts.money.Money;
import org.citycoop.decision.Policies;

/**
 * Refunding part or all of a recorded purchase (goods brought back), decided: the amount and the purchase's refunded total after
 * it, or the first refusal of the policies. The caller holds the purchase locked while it decides, so two refunds never both
 * fit into what is left, and stores the refund in one transaction with {@code PurchaseRefunded}.
 */
public final class Refunding {

    /** What a refund comes to. */
    public sealed interface Decision permits Refunded, Refused {
    }

    /** Refund {@code amount}; the purchase's refunds then come to {@code refundedTotal}. */
    public record Refunded(Money amount, Money refundedTotal) implements Decision {
    }

    /** Refund nothing, for {@code refusal}. */
    public record Refused(RefundRefusal refusal) implements Decision {
    }

    private final Policies<Refund, RefundRefusal> policies;

    public Refunding(List<RefundPolicy> policies) {
        this.policies = Policies.of(policies);
    }

    /** With every current policy. */
    public static Refunding withAllCurrentPolicies() {
        return new Refunding(RefundPolicy.allCurrentPolicies());
    }

    public Decision decide(Refund refund) {
        return policies.decide(refund, Refused::new, () -> {
            Money amount = refund.amount().orElseThrow();
            return new Refunded(amount, refund.bought().refunded().plus(amount));
        });
    }
}

package org.citycoop.redemption.checkout.decision;

import java.util.List;

import org.citycoop.contracts.money.Money;
import org.citycoop.decision.Policies;

/**
 * Giving back all or part of a redemption (a returned purchase), decided: the amount to credit back to the voucher, or the
 * first refusal of the policies. The caller credits the voucher and raises the redemption's reversed sum in one transaction
 * with the event; a check constraint still holds the sum at most the amount redeemed.
 */
public final class Reversing {

    /** What a reversal comes to. */
    public sealed interface Decision permits GiveBack, Refused {
    }

    /** Credit {@code amount} back to the voucher. */
    public record GiveBack(Money amount) implements Decision {
    }

    /** Give nothing back, for {@code refusal}. */
    public record Refused(ReversalRefusal refusal) implements Decision {
    }

    private final Policies<Reversal, ReversalRefusal> policies;

    public Reversing(List<ReversalPolicy> policies) {
        this.policies = Policies.of(policies);
    }

    /** With every current policy. */
    public static Reversing withAllCurrentPolicies() {
        return new Reversing(ReversalPolicy.allCurrentPolicies());
    }

    public Decision decide(Reversal reversal) {
        return policies.decide(reversal, Refused::new, () -> new GiveBack(reversal.amount().orElseThrow()));
    }
}

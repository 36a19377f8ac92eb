package org.citycoop.voucher.issuance.decision;

import java.util.List;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.decision.Policies;

/**
 * A reward voucher points-service asks for, decided: once per request (a request seen before issues nothing), else the
 * first refusal of the policies, else the value to issue into the shopper's wallet.
 */
public final class Rewarding {

    /** What a reward request comes to. */
    public sealed interface Decision permits Issue, AlreadyIssued, Refused {
    }

    /** Issue a reward worth {@code value}. */
    public record Issue(Money value) implements Decision {
    }

    /** Issued before for this request: nothing to do. */
    public record AlreadyIssued() implements Decision {
    }

    /** Issue nothing, for {@code refusal}. */
    public record Refused(RewardRefusal refusal) implements Decision {
    }

    private final Policies<RewardRequest, RewardRefusal> policies;

    public Rewarding(List<RewardPolicy> policies) {
        this.policies = Policies.of(policies);
    }

    /** With every current policy. */
    public static Rewarding withAllCurrentPolicies() {
        return new Rewarding(RewardPolicy.allCurrentPolicies());
    }

    public Decision decide(RewardRequest request) {
        if (request.alreadyIssued()) {
            return new AlreadyIssued();
        }
        return policies.decide(request, Refused::new, () -> new Issue(Money.of(request.amount(), Currency.valueOf(request.currency()))));
    }
}

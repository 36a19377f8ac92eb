package org.citycoop.points.rewards.decision;

import java.util.List;

import org.citycoop.decision.Policies;

/**
 * Points into a reward voucher, decided: the points to take off the balance, or the first refusal of the policies. The
 * caller debits the balance, writes the conversion and publishes its events in one transaction.
 */
public final class Converting {

    /** What a conversion comes to. */
    public sealed interface Decision permits Convert, Refused {
    }

    /** Take {@code points} off the balance, leaving {@code balanceAfter}. */
    public record Convert(long points, long balanceAfter) implements Decision {
    }

    /** Convert nothing, for {@code refusal}. */
    public record Refused(ConversionRefusal refusal) implements Decision {
    }

    private final Policies<Conversion, ConversionRefusal> policies;

    public Converting(List<ConversionPolicy> policies) {
        this.policies = Policies.of(policies);
    }

    /** With every current policy. */
    public static Converting withAllCurrentPolicies() {
        return new Converting(ConversionPolicy.allCurrentPolicies());
    }

    public Decision decide(Conversion conversion) {
        return policies.decide(conversion, Refused::new, () -> {
            long points = conversion.reward().points();
            return new Convert(points, conversion.balance() - points);
        });
    }
}

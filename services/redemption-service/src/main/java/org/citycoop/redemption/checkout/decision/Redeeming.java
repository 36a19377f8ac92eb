package org.citycoop.redemption.checkout.decision;

import java.util.List;
import java.util.Optional;

import org.citycoop.decision.Policies;

/**
 * The till's two questions, decided: can this voucher be spent here now ({@link #scan}), and may this amount be taken off it
 * ({@link #redeem}). The first refusal of the policies, in order, is the answer; the caller debits only on {@link Approved},
 * with a conditional update that still refuses if the balance changed since it was loaded.
 */
public final class Redeeming {

    /** What a redemption comes to. */
    public sealed interface Decision permits Approved, Declined {
    }

    /** Take {@code conversion.debit()} off the voucher and credit the merchant {@code conversion.credit()}. */
    public record Approved(Conversion conversion) implements Decision {
    }

    /** Take nothing, for {@code reason}. */
    public record Declined(Decline reason) implements Decision {
    }

    private final Policies<Spending, Decline> spendingPolicies;
    private final Policies<Redemption, Decline> redemptionPolicies;

    public Redeeming(List<SpendingPolicy> spendingPolicies, List<RedemptionPolicy> redemptionPolicies) {
        this.spendingPolicies = Policies.of(spendingPolicies);
        this.redemptionPolicies = Policies.of(redemptionPolicies);
    }

    /** With every current policy. */
    public static Redeeming withAllCurrentPolicies() {
        return new Redeeming(SpendingPolicy.allCurrentPolicies(), RedemptionPolicy.allCurrentPolicies());
    }

    /** Why the voucher cannot be spent here at all, or empty; an empty voucher is declined too (nothing to spend). */
    public Optional<Decline> scan(Spending spending) {
        return spendingPolicies.firstRefusal(spending).or(() -> spending.voucher().balance() == 0 ? Optional.of(Decline.INSUFFICIENT_BALANCE) : Optional.empty());
    }

    /** Approved with both sides of the amount, or declined with the first refusal. */
    public Decision redeem(Redemption redemption) {
        Optional<Decline> refused = spendingPolicies.firstRefusal(redemption.spending()).or(() -> redemptionPolicies.firstRefusal(redemption));
        return refused.<Decision>map(Declined::new).orElseGet(() -> new Approved(redemption.conversion().orElseThrow()));
    }
}

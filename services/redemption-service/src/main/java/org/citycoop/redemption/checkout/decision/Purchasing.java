package org.citycoop.redemption.checkout.decision;

import java.util.List;
import java.util.Objects;

import org.citycoop.contracts.money.Money;
import org.citycoop.decision.Policies;

/**
 * Recording a till's purchase for points, decided: the basket and the part of it vouchers paid, or the first refusal of the
 * policies. What becomes of a member token shown with it is the caller's (a token is spent once, by a conditional insert), and
 * never refuses the purchase.
 */
public final class Purchasing {

    /** What a purchase comes to. */
    public sealed interface Decision permits Recorded, Refused {
    }

    /** Record a purchase of {@code basketTotal}, {@code voucherAmount} of it paid with vouchers. */
    public record Recorded(Money basketTotal, Money voucherAmount) implements Decision {
    }

    /** Record nothing, for {@code refusal}. */
    public record Refused(PurchaseRefusal refusal) implements Decision {
    }

    private final Policies<Purchase, PurchaseRefusal> policies;

    public Purchasing(List<PurchasePolicy> policies) {
        this.policies = Policies.of(policies);
    }

    /** With every current policy. */
    public static Purchasing withAllCurrentPolicies() {
        return new Purchasing(PurchasePolicy.allCurrentPolicies());
    }

    public Decision decide(Purchase purchase) {
        return policies.decide(purchase, Refused::new, () -> {
            Money vouchers = purchase.paidWith().stream().map(paid -> Objects.requireNonNull(paid.paid())).reduce(Money.zero(purchase.storeCurrency()), Money::plus);
            return new Recorded(Money.ofMajor(Objects.requireNonNull(purchase.basketTotal()), purchase.storeCurrency()), vouchers);
        });
    }
}

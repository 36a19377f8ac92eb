package org.citycoop.voucher.issuance.decision;

import java.util.List;
import java.util.Optional;

import org.citycoop.contracts.money.Money;
import org.citycoop.decision.Policies;

/**
 * A counter sale, decided: the program's refusal first ({@link OfferPolicy}, in order), then every problem of the sale at once
 * ({@link CounterSalePolicy}); else what to sell. The caller stores the sale and issues its vouchers in one transaction.
 */
public final class Selling {

    /** What a counter sale comes to. */
    public sealed interface Decision permits Sell, Refused {
    }

    /** Issue {@code quantity} vouchers of the program at {@code priceEach}. */
    public record Sell(Offer offer, Money priceEach, int quantity) implements Decision {

        /** What the operator takes. */
        public Money total() {
            return Money.of(Math.multiplyExact(priceEach.minor(), quantity), priceEach.currency());
        }
    }

    /** Sell nothing, for {@code refusal}. */
    public record Refused(SaleRefusal refusal) implements Decision {
    }

    private final Policies<ProgramAsked, SaleRefusal> offerPolicies;
    private final Policies<CounterSale, Problem> salePolicies;

    public Selling(List<OfferPolicy> offerPolicies, List<CounterSalePolicy> salePolicies) {
        this.offerPolicies = Policies.of(offerPolicies);
        this.salePolicies = Policies.of(salePolicies);
    }

    /** With every current policy. */
    public static Selling withAllCurrentPolicies() {
        return new Selling(OfferPolicy.allCurrentPolicies(), CounterSalePolicy.allCurrentPolicies());
    }

    public Decision decide(CounterSale sale) {
        Optional<SaleRefusal> refused = offerPolicies.firstRefusal(sale.program());
        if (refused.isPresent()) {
            return new Refused(refused.get());
        }
        List<Problem> problems = salePolicies.allRefusals(sale);
        if (!problems.isEmpty()) {
            return new Refused(new SaleRefusal.Invalid(problems));
        }
        return new Sell(sale.offer(), sale.offer().price(java.util.Objects.requireNonNull(sale.amount())), sale.vouchers());
    }
}

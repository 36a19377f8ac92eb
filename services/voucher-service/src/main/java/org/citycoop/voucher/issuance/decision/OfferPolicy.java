package org.citycoop.voucher.issuance.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One rule of the program a sale or an order names: empty if it allows, else the refusal. Asked in order before anything
 * else of the request; the first refusal is the answer.
 */
@FunctionalInterface
public interface OfferPolicy extends Function<ProgramAsked, Optional<SaleRefusal>> {

    /** The request names a program. */
    OfferPolicy programNamed = asked -> asked.programId() == null
            ? Optional.of(new SaleRefusal.Invalid(List.of(Problem.of("programId", "sale.program-missing"))))
            : Optional.empty();

    /** It is a program buyers know: one that exists and is not a draft. */
    OfferPolicy programKnown = asked -> asked.offer() == null || asked.offer().status() == Offer.Status.DRAFT
            ? Optional.of(new SaleRefusal.Invalid(List.of(Problem.of("programId", "sale.program-unknown", asked.programId()))))
            : Optional.empty();

    /** It is on sale: active, not closed. */
    OfferPolicy programOnSale = asked -> asked.offer().status() != Offer.Status.ACTIVE
            ? Optional.of(new SaleRefusal.NotOnSale(asked.offer().name()))
            : Optional.empty();

    /** The rules, in the order their refusals are given. */
    static List<OfferPolicy> allCurrentPolicies() {
        return List.of(programNamed, programKnown, programOnSale);
    }
}

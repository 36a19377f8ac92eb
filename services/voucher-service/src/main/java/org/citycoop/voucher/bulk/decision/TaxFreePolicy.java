package org.citycoop.voucher.bulk.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.citycoop.voucher.taxfree.TaxFreeAllowance;

/** One rule of an order against its country's tax-free rule (ADR 28): empty if it allows, else the refusal. Asked in order; the first refusal is the answer. */
@FunctionalInterface
public interface TaxFreePolicy extends Function<CapAsked, Optional<OrderRefusal>> {

    /** The rule is in the order's currency (else it cannot be checked). */
    TaxFreePolicy ruleInOrderCurrency = asked -> asked.rule().currency() == asked.currency()
            ? Optional.empty()
            : Optional.of(new OrderRefusal.RuleInOtherCurrency(asked.rule(), asked.currency().name()));

    /** No employee over the rule with this order: the period's limit, a voucher's limit, the number of occasions. */
    TaxFreePolicy withinAllowance = asked -> {
        TaxFreeAllowance.Outcome outcome = TaxFreeAllowance.check(asked.rule(), asked.gifts(), asked.received());
        return outcome.allowed() ? Optional.empty() : Optional.of(new OrderRefusal.OverTaxFreeRule(asked.rule(), outcome.over()));
    };

    /** The rules, in the order their refusals are given. */
    static List<TaxFreePolicy> allCurrentPolicies() {
        return List.of(ruleInOrderCurrency, withinAllowance);
    }
}

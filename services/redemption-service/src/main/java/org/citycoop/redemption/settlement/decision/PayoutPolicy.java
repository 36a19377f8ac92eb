package org.citycoop.redemption.settlement.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One rule of handing the euro payouts to the bank: empty if it allows, else the refusal. Asked in order; the first refusal is the answer. */
@FunctionalInterface
public interface PayoutPolicy extends Function<PayoutRun, Optional<PayoutRefusal>> {

    /** The bank executes today or later, never in the past. */
    PayoutPolicy executionNotPast = run -> run.executionDay().isBefore(run.today()) ? Optional.of(new PayoutRefusal.ExecutionInThePast()) : Optional.empty();

    /** No city's payout without an account: every merchant paid in euro has given its payout account. */
    PayoutPolicy everyPayoutHasAnAccount = run -> {
        var withoutAccount = run.euro().stream().filter(payout -> payout.iban() == null).map(Payout::merchantId).distinct().toList();
        return withoutAccount.isEmpty() ? Optional.empty() : Optional.of(new PayoutRefusal.AccountUnknown(withoutAccount));
    };

    /** A file is made only when there is something to pay in euro. */
    PayoutPolicy somethingInEuro = run -> run.euro().isEmpty() ? Optional.of(new PayoutRefusal.NothingInEuro(run.period())) : Optional.empty();

    /** The rules, in the order their refusals are given. */
    static List<PayoutPolicy> allCurrentPolicies() {
        return List.of(executionNotPast, everyPayoutHasAnAccount, somethingInEuro);
    }
}

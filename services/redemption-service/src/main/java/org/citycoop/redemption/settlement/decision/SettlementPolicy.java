package org.citycoop.redemption.settlement.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One rule of settling a period: empty if it allows, else the refusal. Asked in order; the first refusal is the answer. */
@FunctionalInterface
public interface SettlementPolicy extends Function<SettlementRequest, Optional<SettlementRefusal>> {

    /** Both days are named, and {@code from} is not after {@code to}. */
    SettlementPolicy periodWellFormed = request -> request.period().isPresent() ? Optional.empty() : Optional.of(new SettlementRefusal.PeriodMalformed());

    /** Only a closed period is settled: its last day is over (its end is now or earlier). */
    SettlementPolicy periodClosed = request -> request.period().orElseThrow().end().isAfter(request.now())
            ? Optional.of(new SettlementRefusal.PeriodNotOver())
            : Optional.empty();

    /** The rules, in the order their refusals are given. */
    static List<SettlementPolicy> allCurrentPolicies() {
        return List.of(periodWellFormed, periodClosed);
    }
}

package org.citycoop.voucher.issuance.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One rule of issuing a reward voucher: empty if it allows, else the refusal. Asked in order; the first refusal is the answer. */
@FunctionalInterface
public interface RewardPolicy extends Function<RewardRequest, Optional<RewardRefusal>> {

    /** Rewards come from an active program. */
    RewardPolicy programActive = request -> request.offer() == null || request.offer().status() != Offer.Status.ACTIVE
            ? Optional.of(new RewardRefusal.ProgramNotActive(request.requestId(), request.programId()))
            : Optional.empty();

    /** In the program's currency. */
    RewardPolicy currencyOfProgram = request -> request.offer().currency().name().equals(request.currency())
            ? Optional.empty()
            : Optional.of(new RewardRefusal.OtherCurrency(request.requestId(), request.offer().currency().name(), request.currency()));

    /** The rules, in the order their refusals are given. */
    static List<RewardPolicy> allCurrentPolicies() {
        return List.of(programActive, currencyOfProgram);
    }
}

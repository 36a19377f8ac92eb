package org.citycoop.voucher.issuance.decision;

import java.util.UUID;

/** Why a reward request cannot be fulfilled (it goes to the dead-letter topic with {@link #reason()}). */
public sealed interface RewardRefusal {

    /** The reason, as the dead-letter record says it. */
    String reason();

    /** The program does not exist or is not active. */
    record ProgramNotActive(UUID requestId, UUID programId) implements RewardRefusal {
        @Override
        public String reason() {
            return "reward request " + requestId + ": program " + programId + " is not active";
        }
    }

    /** The program sells in another currency than the reward is in. */
    record OtherCurrency(UUID requestId, String programCurrency, String requested) implements RewardRefusal {
        @Override
        public String reason() {
            return "reward request " + requestId + ": program sells in " + programCurrency + ", not " + requested;
        }
    }
}

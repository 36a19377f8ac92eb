package org.citycoop.points.rewards.decision;

import java.util.UUID;

/** Why points are not converted: one record a reason, mapped to its problem detail at the web edge. */
public sealed interface ConversionRefusal {

    /** The request names no reward. */
    record RewardMissing() implements ConversionRefusal {
    }

    /** No reward with this id in the catalogue, or it is withdrawn. */
    record RewardUnknown(UUID rewardId) implements ConversionRefusal {
    }

    /** The balance is below the reward's price. */
    record NotEnoughPoints(long needed, long balance) implements ConversionRefusal {
    }
}

package org.citycoop.points.rewards.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One rule of converting points into a reward: empty if it allows, else the refusal. Asked in order; the first refusal is the answer. */
@FunctionalInterface
public interface ConversionPolicy extends Function<Conversion, Optional<ConversionRefusal>> {

    /** Only a reward the catalogue offers (exists and is active). */
    ConversionPolicy rewardOffered = conversion -> conversion.reward() == null || !conversion.reward().active()
            ? Optional.of(new ConversionRefusal.RewardUnknown(conversion.rewardId()))
            : Optional.empty();

    /** Never below zero: the balance covers the reward's points (exactly enough is enough). */
    ConversionPolicy balanceCovers = conversion -> conversion.balance() < conversion.reward().points()
            ? Optional.of(new ConversionRefusal.NotEnoughPoints(conversion.reward().points(), conversion.balance()))
            : Optional.empty();

    /** The rules, in the order their refusals are given. */
    static List<ConversionPolicy> allCurrentPolicies() {
        return List.of(rewardOffered, balanceCovers);
    }
}

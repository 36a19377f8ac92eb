package org.citycoop.points.accrual.decision;

import java.math.BigInteger;

/**
 * A refunded purchase gives back its points in proportion: after refunds totalling r of a basket b, the points taken back
 * in total are ⌊points × r / b⌋, so a full refund takes back all of them and partial refunds never add up to more. What the
 * shopper already spent cannot be taken (the balance never goes below zero): it is the shortfall.
 */
public final class PointsReversing {

    /**
     * What is known when a refund arrives.
     *
     * @param earned        the points the purchase earned
     * @param refundedTotal the purchase's refunds so far, this one included (minor units)
     * @param basketTotal   the purchase's basket (minor units, positive)
     * @param takenBefore   points (and shortfalls) of the purchase's earlier reversals
     * @param balance       the shopper's balance now
     */
    public record Refund(long earned, long refundedTotal, long basketTotal, long takenBefore, long balance) {
    }

    /** Take {@code taken} points off the balance; {@code shortfall} more were due but spent already. */
    public record Reversal(long taken, long shortfall) {
    }

    private PointsReversing() {
    }

    public static Reversal decide(Refund refund) {
        long target = BigInteger.valueOf(refund.earned()).multiply(BigInteger.valueOf(refund.refundedTotal()))
                .divide(BigInteger.valueOf(refund.basketTotal())).longValueExact();
        long due = Math.max(0, target - refund.takenBefore());
        long taken = Math.min(due, refund.balance());
        return new Reversal(taken, due - taken);
    }
}

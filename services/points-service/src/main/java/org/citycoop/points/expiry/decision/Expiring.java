package org.citycoop.points.expiry.decision;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Points expire a period after the purchase that earned them, oldest first: whatever a shopper spent (converted, reversed,
 * expired before) used up the oldest points. So what is due is {@code earned before the cut-off − everything taken out so
 * far}, if positive and at most the balance — a formula, not a state: deciding twice expires nothing twice.
 */
public final class Expiring {

    /**
     * A shopper's points as far as expiry goes.
     *
     * @param earnedBefore points earned by purchases before the cut-off
     * @param takenOut     every point ever taken out of the account (converted, expired, reversed)
     * @param balance      the balance now
     */
    public record Account(long earnedBefore, long takenOut, long balance) {
    }

    private Expiring() {
    }

    /** Purchases before this instant (exclusive) have their points expire: {@code now − expireAfter}, in UTC. */
    public static Instant cutoff(Instant now, Period expireAfter) {
        return now.atOffset(ZoneOffset.UTC).minus(expireAfter).toInstant();
    }

    /** The points to expire now; 0 if none. */
    public static long due(Account account) {
        return Math.max(0, Math.min(account.earnedBefore() - account.takenOut(), account.balance()));
    }
}

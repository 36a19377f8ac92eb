package org.citycoop.points.expiry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.points.PointsExpired;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.points.expiry.decision.Expiring;
import org.citycoop.points.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Points expire {@code citycoop.points.expire-after} (default 24 months) after the purchase that
 * earned them, oldest first: whatever a shopper spent (converted, reversed, expired before) used up
 * the oldest points. So what is due now is {@code earned before the cut-off − everything taken out
 * so far}, if positive — a formula, not a state: running the job twice, on two instances or after a
 * crash expires nothing twice. Each shopper is one transaction (balance row locked, skipped if
 * another instance holds it): ledger (shopper −n, expired +n), balance, {@code PointsExpired}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PointsExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(PointsExpiry.class);

    private final JdbcClient jdbc;
    private final IntegrationEvents events;
    private final Ledger ledger;
    private final TransactionTemplate transactions;
    private final PointsExpirySettings settings;
    private final Clock clock = Clock.systemUTC();

    @Scheduled(fixedDelayString = "${citycoop.points.expiry.interval}", initialDelayString = "${citycoop.points.expiry.interval}")
    void scheduled() {
        if (settings.expiry().enabled()) {
            int expired = expireDue();
            if (expired > 0) {
                LOG.info("Points expired for {} shoppers", expired);
            }
        }
    }

    /** Expires what is due for every shopper; returns how many shoppers lost points. */
    public int expireDue() {
        Instant cutoff = Expiring.cutoff(clock.instant(), settings.expireAfter());
        List<UUID> candidates = jdbc.sql("SELECT DISTINCT shopper_id FROM accrual WHERE purchased_at < :cutoff AND points > 0")
                .param("cutoff", Timestamp.from(cutoff)).query(UUID.class).list();
        int expired = 0;
        for (UUID shopper : candidates) {
            Boolean done = transactions.execute(status -> expire(shopper, cutoff));
            if (Boolean.TRUE.equals(done)) {
                expired++;
            }
        }
        return expired;
    }

    private boolean expire(UUID shopper, Instant cutoff) {
        Optional<Long> locked = ledger.tryLock(shopper);
        if (locked.isEmpty()) {
            return false; // another instance (or an accrual) holds it: next round
        }
        long earnedBefore = jdbc.sql("SELECT coalesce(sum(points), 0) FROM accrual WHERE shopper_id = :s AND purchased_at < :cutoff")
                .param("s", shopper).param("cutoff", Timestamp.from(cutoff)).query(Long.class).single();
        long takenOut = ledger.takenOut(shopper);
        long due = Expiring.due(new Expiring.Account(earnedBefore, takenOut, locked.get()));
        if (due <= 0) {
            return false;
        }
        UUID expiry = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long balance = ledger.debit(expiry, shopper, Ledger.Account.EXPIRED, due, Ledger.Kind.EXPIRY, now);
        events.publish(new PointsExpired(expiry, shopper, due, cutoff, balance, now));
        return true;
    }
}

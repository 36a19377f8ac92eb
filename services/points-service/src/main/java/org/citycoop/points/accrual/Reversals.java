package org.citycoop.points.accrual;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.citycoop.contracts.points.PointsReversed;
import org.citycoop.contracts.redemption.PurchaseRefunded;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.points.accrual.decision.PointsReversing;
import org.citycoop.points.ledger.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: a refunded purchase gives back its points in proportion ({@link PointsReversing} decides how many),
 * once per refund, the reversal row, ledger and {@code PointsReversed} in one transaction.
 */
@Service
class Reversals {

    private final JdbcClient jdbc;
    private final IntegrationEvents events;
    private final Ledger ledger;
    private final Clock clock = Clock.systemUTC();

    Reversals(JdbcClient jdbc, IntegrationEvents events, Ledger ledger) {
        this.jdbc = jdbc;
        this.events = events;
        this.ledger = ledger;
    }

    @Transactional
    public void reverse(PurchaseRefunded refund) {
        if (refund.shopperId() == null) {
            return; // no points were earned without the member QR
        }
        UUID shopper = refund.shopperId();
        long balance = ledger.lock(shopper);
        if (jdbc.sql("SELECT count(*) FROM points_reversal WHERE refund_id = :r").param("r", refund.refundId()).query(Long.class).single() > 0) {
            return;
        }
        long earned = jdbc.sql("SELECT points FROM accrual WHERE purchase_id = :p").param("p", refund.purchaseId()).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("refund " + refund.refundId() + " before the accrual of purchase " + refund.purchaseId()
                        + " arrived: retried"));
        long takenBefore = jdbc.sql("SELECT coalesce(sum(points + shortfall), 0) FROM points_reversal WHERE purchase_id = :p")
                .param("p", refund.purchaseId()).query(Long.class).single();
        PointsReversing.Reversal reversal = PointsReversing.decide(
                new PointsReversing.Refund(earned, refund.refundedTotal(), refund.basketTotal(), takenBefore, balance));
        long taken = reversal.taken();
        long shortfall = reversal.shortfall();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                INSERT INTO points_reversal (refund_id, purchase_id, shopper_id, points, shortfall, reversed_at) VALUES (:r, :p, :s, :n, :short, :at)""")
                .param("r", refund.refundId()).param("p", refund.purchaseId()).param("s", shopper).param("n", taken).param("short", shortfall)
                .param("at", Timestamp.from(now)).update();
        balance = ledger.debit(refund.refundId(), shopper, Ledger.Account.REVERSED, taken, Ledger.Kind.REVERSAL, now);
        events.publish(new PointsReversed(refund.refundId(), refund.purchaseId(), shopper, taken, shortfall, balance, now));
    }
}

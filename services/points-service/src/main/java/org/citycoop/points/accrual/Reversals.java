package org.citycoop.points.accrual;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.citycoop.contracts.points.PointsReversed;
import org.citycoop.contracts.redemption.PurchaseRefunded;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.points.accrual.decision.PointsReversing;
import org.citycoop.points.ledger.Ledger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.RequiredArgsConstructor;

/**
 * Use case: a refunded purchase gives back its points in proportion ({@link PointsReversing} decides how many),
 * once per refund, the reversal row, ledger and {@code PointsReversed} in one transaction.
 */
@Service
@RequiredArgsConstructor
class Reversals {

    private final AccrualRecords records;
    private final IntegrationEvents events;
    private final Ledger ledger;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public void reverse(PurchaseRefunded refund) {
        if (refund.shopperId() == null) {
            return; // no points were earned without the member QR
        }
        UUID shopper = refund.shopperId();
        long balance = ledger.lock(shopper);
        if (records.reversed(refund.refundId())) {
            return;
        }
        long earned = records.earnedBy(refund.purchaseId())
                .orElseThrow(() -> new IllegalStateException("refund " + refund.refundId() + " before the accrual of purchase " + refund.purchaseId()
                        + " arrived: retried"));
        long takenBefore = records.takenBack(refund.purchaseId());
        PointsReversing.Reversal reversal = PointsReversing.decide(
                new PointsReversing.Refund(earned, refund.refundedTotal(), refund.basketTotal(), takenBefore, balance));
        long taken = reversal.taken();
        long shortfall = reversal.shortfall();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        records.addReversal(refund.refundId(), refund.purchaseId(), shopper, taken, shortfall, now);
        balance = ledger.debit(refund.refundId(), shopper, Ledger.Account.REVERSED, taken, Ledger.Kind.REVERSAL, now);
        events.publish(new PointsReversed(refund.refundId(), refund.purchaseId(), shopper, taken, shortfall, balance, now));
    }
}

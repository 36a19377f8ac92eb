package org.citycoop.points.accrual;

import org.citycoop.points.accrual.decision.AccrualRules;
import org.citycoop.points.accrual.decision.RuleSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.points.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: a purchase with the member QR earns points. Once per purchase (its id is the accrual's
 * key, and the consumer is idempotent besides): the rules in force on the purchase's local day are
 * applied, the ledger gets a balanced transaction (issued −n, shopper +n), the balance grows, and
 * {@code PointsAccrued} says so with the reasons — all in one transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Accruals {

    private static final Logger LOG = LoggerFactory.getLogger(Accruals.class);

    private final Replicas replicas;
    private final AccrualRecords records;
    private final RuleSets ruleSets;
    private final IntegrationEvents events;
    private final Ledger ledger;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public void accrue(PurchaseRecorded purchase) {
        if (purchase.shopperId() == null) {
            return; // no member QR shown: nothing to earn
        }
        UUID shopper = purchase.shopperId();
        Replicas.Known known = replicas.of(purchase.merchantId(), shopper);
        AccrualRules.Purchase facts = new AccrualRules.Purchase(purchase.merchantId(), known.sector(), purchase.cityCode(),
                known.homeCity(), Money.of(purchase.basketTotal(), Currency.valueOf(purchase.currency())), purchase.recordedAt());
        LocalDate day = AccrualRules.dayOf(facts);
        RuleSet rules = AccrualRules.inForce(ruleSets.forDay(day), facts)
                .orElseThrow(() -> new IllegalStateException("no accrual rules in force on " + day));
        // the shopper's balance row is the lock: one accrual of a shopper at a time, so the daily cap holds
        ledger.lock(shopper);
        long earlier = records.earnedOn(shopper, day);
        AccrualRules.Accrual accrual = AccrualRules.evaluate(rules, facts, earlier);
        List<PointsAccrued.Reason> reasons = accrual.lines().stream()
                .map(line -> new PointsAccrued.Reason(line.reason().name(), line.detail(), line.points())).toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean added = records.add(new AccrualRecords.NewAccrual(purchase.purchaseId(), shopper, purchase.merchantId(), purchase.cityCode(), day,
                accrual.points(), accrual.version(), json.writeValueAsString(reasons), purchase.recordedAt(), now));
        if (!added) {
            LOG.debug("purchase {} earned its points already", purchase.purchaseId());
            return;
        }
        long balance = ledger.credit(purchase.purchaseId(), shopper, Ledger.Account.ISSUED, accrual.points(), Ledger.Kind.ACCRUAL, now);
        events.publish(new PointsAccrued(purchase.purchaseId(), shopper, purchase.merchantId(), purchase.cityCode(), accrual.points(), accrual.version(),
                reasons, balance, now));
    }
}

package org.citycoop.points.accrual;

import org.citycoop.points.accrual.decision.AccrualRules;
import org.citycoop.points.accrual.decision.RuleSet;
import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Use case: a purchase with the member QR earns points. Once per purchase (its id is the accrual's
 * key, and the consumer is idempotent besides): the rules in force on the purchase's local day are
 * applied, the ledger gets a balanced transaction (issued −n, shopper +n), the balance grows, and
 * {@code PointsAccrued} says so with the reasons — all in one transaction.
 */
@Service
public class Accruals {

    private static final Logger LOG = LoggerFactory.getLogger(Accruals.class);

    private final JdbcClient jdbc;
    private final RuleSets ruleSets;
    private final IntegrationEvents events;
    private final Ledger ledger;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    Accruals(JdbcClient jdbc, RuleSets ruleSets, IntegrationEvents events, Ledger ledger, JsonMapper json) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.events = events;
        this.ledger = ledger;
        this.json = json;
    }

    @Transactional
    public void accrue(PurchaseRecorded purchase) {
        if (purchase.shopperId() == null) {
            return; // no member QR shown: nothing to earn
        }
        UUID shopper = purchase.shopperId();
        record Replicas(String sector, String homeCity) {
        }
        Replicas known = jdbc.sql("""
                SELECT (SELECT nace_code FROM merchant WHERE merchant_id = :m) AS sector, (SELECT home_city FROM shopper WHERE shopper_id = :s) AS home_city""")
                .param("m", purchase.merchantId()).param("s", shopper).query(Replicas.class).single();
        AccrualRules.Purchase facts = new AccrualRules.Purchase(purchase.merchantId(), known.sector() == null ? "" : known.sector(), purchase.cityCode(),
                known.homeCity(), Money.of(purchase.basketTotal(), Currency.valueOf(purchase.currency())), purchase.recordedAt());
        LocalDate day = AccrualRules.dayOf(facts);
        RuleSet rules = AccrualRules.inForce(ruleSets.forDay(day), facts)
                .orElseThrow(() -> new IllegalStateException("no accrual rules in force on " + day));
        // the shopper's balance row is the lock: one accrual of a shopper at a time, so the daily cap holds
        ledger.lock(shopper);
        long earlier = jdbc.sql("SELECT coalesce(sum(points), 0) FROM accrual WHERE shopper_id = :s AND day = :d").param("s", shopper).param("d", day)
                .query(Long.class).single();
        AccrualRules.Accrual accrual = AccrualRules.evaluate(rules, facts, earlier);
        List<PointsAccrued.Reason> reasons = accrual.lines().stream()
                .map(line -> new PointsAccrued.Reason(line.reason().name(), line.detail(), line.points())).toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int inserted = jdbc.sql("""
                INSERT INTO accrual (purchase_id, shopper_id, merchant_id, city_code, day, points, rule_version, reasons, purchased_at, accrued_at)
                VALUES (:p, :s, :m, :city, :day, :points, :version, :reasons::jsonb, :purchased, :now) ON CONFLICT (purchase_id) DO NOTHING""")
                .param("p", purchase.purchaseId()).param("s", shopper).param("m", purchase.merchantId()).param("city", purchase.cityCode())
                .param("day", day).param("points", accrual.points()).param("version", accrual.version()).param("reasons", json.writeValueAsString(reasons))
                .param("purchased", Timestamp.from(purchase.recordedAt())).param("now", Timestamp.from(now)).update();
        if (inserted == 0) {
            LOG.debug("purchase {} earned its points already", purchase.purchaseId());
            return;
        }
        long balance = ledger.credit(purchase.purchaseId(), shopper, Ledger.Account.ISSUED, accrual.points(), Ledger.Kind.ACCRUAL, now);
        events.publish(new PointsAccrued(purchase.purchaseId(), shopper, purchase.merchantId(), purchase.cityCode(), accrual.points(), accrual.version(),
                reasons, balance, now));
    }
}

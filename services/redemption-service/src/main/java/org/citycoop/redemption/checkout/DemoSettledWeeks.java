package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.platform.demo.DemoDataLoader;
import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.redemption.merchants.MerchantReplica;
import org.citycoop.redemption.settlement.Settlements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: the three ISO weeks before the first start, redeemed at the demo shops and settled, so
 * statements, the SEPA payout file and clearing between cities can be tried at once. The sales
 * ({@link DemoSettledWeeksPlan}) go through {@link Checkout} and {@link Reversals} at their past moments (the
 * same checks, debits, records and {@code VoucherRedeemed} / {@code RedemptionReversed} events through the
 * outbox as at a till), on paper vouchers voucher-service issued for this and no one holds; then each week
 * is settled by {@link Settlements#settle}, as an operator's {@code POST /api/settlements} does. What the
 * sales need comes from the other services' events (shops, acceptances, payout accounts, the vouchers),
 * so this set waits for them in the background after start (at most {@code citycoop.demo-data.settled-weeks-wait},
 * 10 minutes) and is then loaded once, as a kit {@link DemoDataSet}. Only with {@code citycoop.demo-data.enabled}.
 */
@Component
@ConditionalOnBooleanProperty("citycoop.demo-data.enabled")
class DemoSettledWeeks implements org.springframework.beans.factory.DisposableBean {

    static final String NAME = "redemption-service/demo-settled-weeks";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSettledWeeks.class);
    private static final String TILL = "demo-data/settled-weeks";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Checkout checkout;
    private final Reversals reversals;
    private final Settlements settlements;
    private final MerchantReplica.Lookup merchants;
    private final byte[] hashKey;
    private final Duration wait;
    private final Map<String, DemoIds.SettledWeeksVoucher> vouchers = DemoIds.SETTLED_WEEKS_VOUCHERS.stream()
            .collect(Collectors.toMap(DemoIds.SettledWeeksVoucher::label, Function.identity()));
    private volatile Thread waiting;

    DemoSettledWeeks(JdbcClient jdbc, TransactionTemplate transactions, Checkout checkout, Reversals reversals, Settlements settlements,
            MerchantReplica.Lookup merchants,
            VoucherCodeSettings codes, DemoSettledWeeksSettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.checkout = checkout;
        this.reversals = reversals;
        this.settlements = settlements;
        this.merchants = merchants;
        this.hashKey = codes.hashKeyBytes();
        this.wait = settings.settledWeeksWait();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWaiting() {
        waiting = Thread.ofVirtual().name("demo-settled-weeks").start(this::loadWhenReady);
    }

    @Override
    public void destroy() {
        Thread thread = waiting;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Waits until everything the sales need has arrived, then loads the set once; gives up (until the next start) after the wait. */
    void loadWhenReady() {
        Instant deadline = Instant.now().plus(wait);
        List<String> missing = List.of();
        while (!Thread.currentThread().isInterrupted()) {
            if (loaded()) {
                return;
            }
            missing = missing();
            if (missing.isEmpty()) {
                try {
                    loadNow();
                    return;
                } catch (RuntimeException e) {
                    LOG.warn("Demo data set '{}' not loaded yet: {}", NAME, e.getMessage());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                LOG.warn("Demo data set '{}' not loaded: after {} still waiting for {}; the next start tries again", NAME, wait, missing);
                return;
            }
            try {
                Thread.sleep(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Loads the set through the kit's loader (once per database: claimed in the transaction that loads it). */
    void loadNow() {
        DemoDataSet set = new DemoDataSet() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public String load() {
                return settle(LocalDate.now(DemoSettledWeeksPlan.ZONE));
            }
        };
        new DemoDataLoader(List.of(set), jdbc, transactions).run(new DefaultApplicationArguments());
    }

    boolean loaded() {
        return jdbc.sql("SELECT count(*) FROM demo_data_set WHERE name = :n").param("n", NAME).query(Long.class).single() > 0;
    }

    /** What the sales need that has not arrived yet, in words for the log; empty when all is there. */
    List<String> missing() {
        Set<String> missing = new LinkedHashSet<>();
        for (DemoSettledWeeksPlan.Sale sale : DemoSettledWeeksPlan.sales(LocalDate.now(DemoSettledWeeksPlan.ZONE))) {
            UUID merchant = DemoIds.merchant(sale.shop());
            String city = DemoSettledWeeksPlan.SHOPS.get(sale.shop());
            DemoIds.SettledWeeksVoucher voucher = vouchers.get(sale.voucher());
            UUID program = DemoIds.program(voucher.program());
            if (none("SELECT count(*) FROM store WHERE id = :store AND merchant_id = :merchant", Map.of("store", DemoIds.store(sale.shop()), "merchant", merchant))) {
                missing.add("the store of " + sale.shop());
            }
            if (merchants.byId(merchant).filter(known -> "ACTIVE".equals(known.status())).isEmpty()) {
                missing.add("the merchant " + sale.shop());
            }
            if (none("SELECT count(*) FROM program WHERE id = :program AND :city = ANY (city_codes)", Map.of("program", program, "city", city))) {
                missing.add("the " + voucher.program() + " covering " + city);
            }
            if (none("SELECT count(*) FROM acceptance WHERE merchant_id = :merchant AND program_id = :program", Map.of("merchant", merchant, "program", program))) {
                missing.add(sale.shop() + " accepting the " + voucher.program());
            }
            if (none("SELECT count(*) FROM voucher WHERE code_hash = :hash AND status = 'ACTIVE'", Map.of("hash", hash(voucher)))) {
                missing.add("the paper voucher " + voucher.label());
            }
            boolean euro = PartnerCity.byCode(city).map(PartnerCity::currency).orElseThrow().equals("EUR");
            if (euro && none("SELECT count(*) FROM payout_account WHERE merchant_id = :merchant", Map.of("merchant", merchant))) {
                missing.add("the payout account of " + sale.shop());
            }
        }
        return List.copyOf(missing);
    }

    private String settle(LocalDate today) {
        List<DemoSettledWeeksPlan.Sale> sales = DemoSettledWeeksPlan.sales(today);
        int reversed = 0;
        for (int i = 0; i < sales.size(); i++) {
            DemoSettledWeeksPlan.Sale sale = sales.get(i);
            UUID merchant = DemoIds.merchant(sale.shop());
            Caller till = new Caller(TILL, Set.of(Role.TERMINAL), Optional.of(merchant), List.of(), false, Optional.empty(),
                    Optional.of(DemoIds.store(sale.shop())));
            DemoIds.SettledWeeksVoucher voucher = vouchers.get(sale.voucher());
            record Left(String currency, long balance) {
            }
            Left left = jdbc.sql("SELECT currency, balance FROM voucher WHERE code_hash = :h").param("h", hash(voucher)).query(Left.class).single();
            Currency currency = Currency.valueOf(left.currency().strip());
            BigDecimal amount = sale.amount() == null ? Money.of(left.balance(), currency).major() : new BigDecimal(sale.amount());
            Checkout.Outcome outcome = checkout.redeem(new Checkout.Redeem(voucher.code().value(), amount, currency.name(), null, null),
                    NAME + "/" + i, till, sale.at(today));
            if (!outcome.approved()) {
                throw new IllegalStateException("the sale of " + amount + " " + currency + " with " + voucher.label() + " at " + sale.shop() + " was declined: "
                        + outcome.reason());
            }
            if (sale.giveBack() != null) {
                if (reversals.reverse(outcome.redemptionId(), new BigDecimal(sale.giveBack().amount()), NAME + "/" + i + "/back", till,
                        sale.givenBackAt(today)) instanceof Reversals.Refused(var refusal)) {
                    throw new IllegalStateException("giving back " + sale.giveBack().amount() + " of the sale with " + voucher.label() + " at " + sale.shop()
                            + " was refused: " + refusal);
                }
                reversed++;
            }
        }
        List<Settlements.Statement> statements = new ArrayList<>();
        List<DemoSettledWeeksPlan.Week> weeks = DemoSettledWeeksPlan.weeks(today);
        for (DemoSettledWeeksPlan.Week week : weeks) {
            switch (settlements.settle(week.monday(), week.sunday())) {
                case Settlements.Closed(List<Settlements.Statement> settled) -> statements.addAll(settled);
                case Settlements.Refused(var refusal) -> throw new IllegalStateException("the week from " + week.monday() + " was not settled: " + refusal);
            }
        }
        return "%d redemptions (%d partly given back) at %d demo shops, %d weeks settled from %s to %s: %d statements".formatted(sales.size(), reversed,
                sales.stream().map(DemoSettledWeeksPlan.Sale::shop).distinct().count(), weeks.size(), weeks.getFirst().monday(), weeks.getLast().sunday(),
                statements.size());
    }

    private String hash(DemoIds.SettledWeeksVoucher voucher) {
        return voucher.code().keyedHash(hashKey);
    }

    private boolean none(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single() == 0;
    }
}

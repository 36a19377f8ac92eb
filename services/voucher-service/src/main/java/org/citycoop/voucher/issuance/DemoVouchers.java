package org.citycoop.voucher.issuance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Vouchers in the demo shoppers' wallets (sold at the counter, as in real use) and two bearer
 * vouchers to print. The demo shoppers are known here ahead of identity-service's events, with the
 * same ids, so the wallets are full at once.
 */
@Component
@Order(20)
class DemoVouchers implements DemoDataSet {

    private record Gift(String email, String homeCity, String program, String amount) {
    }

    private static final List<Gift> WALLETS = List.of(
            new Gift("shopper.ptuj@citycoop.demo", "si-ptuj", "Ptuj voucher (Ptuj, Ormož, Lenart)", "25"),
            new Gift("shopper.ptuj@citycoop.demo", "si-ptuj", "City Cooperation regional voucher", "50"),
            new Gift("shopper.feldbach@citycoop.demo", "at-feldbach", "Feldbach city voucher", "20"),
            new Gift("shopper.feldbach@citycoop.demo", "at-feldbach", "City Cooperation regional voucher", "25"),
            new Gift("shopper.lenti@citycoop.demo", "hu-lenti", "Lenti voucher", "10000"));

    private final JdbcClient jdbc;
    private final Programs programs;
    private final Issuance issuance;

    DemoVouchers(JdbcClient jdbc, Programs programs, Issuance issuance) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.issuance = issuance;
    }

    @Override
    public String name() {
        return "voucher-service/demo-vouchers";
    }

    @Override
    public String load() {
        for (Gift gift : WALLETS) {
            UUID shopper = DemoIds.account(gift.email());
            jdbc.sql("INSERT INTO shopper (id, home_city, registered_at) VALUES (:id, :city, :at) ON CONFLICT (id) DO NOTHING")
                    .param("id", shopper).param("city", gift.homeCity()).param("at", Timestamp.from(Instant.now())).update();
            issue(gift.program(), gift.amount(), shopper);
        }
        issue("Feldbach city voucher", "10", null);
        issue("City Cooperation regional voucher", "50", null);
        return WALLETS.size() + " vouchers in the demo wallets, 2 bearer vouchers";
    }

    private void issue(String program, String amount, @org.jspecify.annotations.Nullable UUID holder) {
        Program terms = programs.byId(DemoIds.program(program)).orElseThrow();
        Money price = Money.ofMajor(new BigDecimal(amount), Currency.valueOf(terms.currency()));
        issuance.issue(terms, price, Voucher.Channel.COUNTER, "CASH", holder, null, "demo-data");
    }
}

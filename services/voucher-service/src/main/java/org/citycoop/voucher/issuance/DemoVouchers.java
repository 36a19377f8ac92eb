package org.citycoop.voucher.issuance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Vouchers in the demo shoppers' wallets (sold at the counter, as in real use) and two paper
 * (bearer) vouchers with codes given in advance, so anyone can try the till right after start. The demo shoppers are known here ahead of identity-service's events, with the
 * same ids, so the wallets are full at once.
 */
@Component
@Order(20)
@RequiredArgsConstructor
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
        paper("Feldbach city voucher", "10", FELDBACH_PAPER);
        paper("City Cooperation regional voucher", "50", REGIONAL_PAPER);
        return WALLETS.size() + " vouchers in the demo wallets, 2 paper vouchers with the codes the README names";
    }

    /** Paper vouchers whose codes are public demo data (README: try the till), like the demo passwords. */
    static final String FELDBACH_PAPER = "DEM0-FE1D-BACH-10EV-R0PA-PERY";
    static final String REGIONAL_PAPER = "DEM0-REG1-0N50-EVR0-PAPE-R004";

    private void paper(String program, String amount, String code) {
        Program terms = programs.byId(DemoIds.program(program)).orElseThrow();
        issuance.issueDemo(terms, Money.ofMajor(new BigDecimal(amount), Currency.valueOf(terms.currency())), VoucherCode.parse(code).orElseThrow());
    }

    private void issue(String program, String amount, @org.jspecify.annotations.Nullable UUID holder) {
        Program terms = programs.byId(DemoIds.program(program)).orElseThrow();
        Money price = Money.ofMajor(new BigDecimal(amount), Currency.valueOf(terms.currency()));
        issuance.issue(terms, price, Voucher.Channel.COUNTER, "CASH", holder, null, "demo-data");
    }
}

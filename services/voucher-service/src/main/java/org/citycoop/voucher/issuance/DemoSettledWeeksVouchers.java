package org.citycoop.voucher.issuance;

import java.math.BigDecimal;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * The paper vouchers redemption-service's demo spends in the settled past weeks
 * ({@link DemoIds#SETTLED_WEEKS_VOUCHERS}): issued like any voucher sold at the counter, so their
 * redemptions are vouchers this service knows (the history of each, the sales analytics counts); in
 * no one's wallet, so the demo shoppers' wallets stay as they are.
 */
@Component
@Order(30)
@RequiredArgsConstructor
class DemoSettledWeeksVouchers implements DemoDataSet {

    private final Programs programs;
    private final Issuance issuance;

    @Override
    public String name() {
        return "voucher-service/demo-settled-weeks-vouchers";
    }

    @Override
    public String load() {
        for (DemoIds.SettledWeeksVoucher voucher : DemoIds.SETTLED_WEEKS_VOUCHERS) {
            Program terms = programs.byId(DemoIds.program(voucher.program())).orElseThrow();
            issuance.issueDemo(terms, Money.ofMajor(new BigDecimal(voucher.price()), Currency.valueOf(terms.currency())), voucher.code());
        }
        return DemoIds.SETTLED_WEEKS_VOUCHERS.size() + " paper vouchers for redemption-service's settled past weeks";
    }
}

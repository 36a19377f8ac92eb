package org.citycoop.voucher.taxfree;

/** An order in another currency than its country's tax-free rule: it cannot be checked, so it is refused (422). */
public class TaxFreeRuleInOtherCurrency extends RuntimeException {

    private final TaxFreeRule rule;
    private final String orderCurrency;

    public TaxFreeRuleInOtherCurrency(TaxFreeRule rule, String orderCurrency) {
        super("the tax-free rule of " + rule.country() + " is in " + rule.currency() + ", the order in " + orderCurrency);
        this.rule = rule;
        this.orderCurrency = orderCurrency;
    }

    public TaxFreeRule rule() {
        return rule;
    }

    public String orderCurrency() {
        return orderCurrency;
    }
}

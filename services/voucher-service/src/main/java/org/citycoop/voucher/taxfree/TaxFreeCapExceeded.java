package org.citycoop.voucher.taxfree;

import java.util.List;

/** An order refused because gifts in it are over the country's tax-free rule (answered 422 with every line at fault). */
public class TaxFreeCapExceeded extends RuntimeException {

    private final TaxFreeRule rule;
    private final List<TaxFreeAllowance.Over> over;

    public TaxFreeCapExceeded(TaxFreeRule rule, List<TaxFreeAllowance.Over> over) {
        super(over.size() + " line(s) over the tax-free rule of " + rule.country());
        this.rule = rule;
        this.over = List.copyOf(over);
    }

    public TaxFreeRule rule() {
        return rule;
    }

    public List<TaxFreeAllowance.Over> over() {
        return over;
    }
}

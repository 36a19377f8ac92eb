package org.citycoop.voucher.bulk.decision;

import java.util.List;

import org.citycoop.voucher.issuance.decision.SaleRefusal;
import org.citycoop.voucher.taxfree.TaxFreeAllowance;
import org.citycoop.voucher.taxfree.TaxFreeRule;

/** Why an order is refused: one record a reason, mapped to its problem detail at the web edge. */
public sealed interface OrderRefusal {

    /** The program refuses it or the order's fields are wrong, as for a counter sale. */
    record NotSold(SaleRefusal refusal) implements OrderRefusal {
    }

    /** Lines over the country's tax-free rule (every one named, with what the employee had and would have). */
    record OverTaxFreeRule(TaxFreeRule rule, List<TaxFreeAllowance.Over> over) implements OrderRefusal {
        public OverTaxFreeRule {
            over = List.copyOf(over);
        }
    }

    /** The country's rule is in another currency than the order: it cannot be checked. */
    record RuleInOtherCurrency(TaxFreeRule rule, String orderCurrency) implements OrderRefusal {
    }
}

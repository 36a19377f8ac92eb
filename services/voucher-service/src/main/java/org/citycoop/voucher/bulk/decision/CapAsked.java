package org.citycoop.voucher.bulk.decision;

import java.util.List;
import java.util.Map;

import org.citycoop.contracts.money.Currency;
import org.citycoop.voucher.taxfree.TaxFreeAllowance;
import org.citycoop.voucher.taxfree.TaxFreeRule;

/**
 * An order's lines against the country's tax-free rule, as loaded.
 *
 * @param received what each employee (by id) already received from this employer in the rule's period
 */
public record CapAsked(TaxFreeRule rule, Currency currency, List<TaxFreeAllowance.Gift> gifts, Map<String, TaxFreeAllowance.Received> received) {

    public CapAsked {
        gifts = List.copyOf(gifts);
        received = Map.copyOf(received);
    }
}

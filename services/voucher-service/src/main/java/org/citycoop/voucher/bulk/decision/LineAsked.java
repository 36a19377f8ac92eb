package org.citycoop.voucher.bulk.decision;

import java.math.BigDecimal;

import org.citycoop.voucher.issuance.decision.Offer;
import org.jspecify.annotations.Nullable;

/**
 * One employee of an order, in its context.
 *
 * @param listedBefore whether an earlier row has the same employee id
 * @param amountEach the order's amount for every employee, none if the order gives none
 */
public record LineAsked(Employee employee, boolean listedBefore, Offer offer, @Nullable BigDecimal amountEach) {
}

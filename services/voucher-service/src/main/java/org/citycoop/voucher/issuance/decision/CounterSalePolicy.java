package org.citycoop.voucher.issuance.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One rule of a counter sale of a program on sale ({@link OfferPolicy}): empty if it allows, else the problem with one
 * field. Every policy is asked; all problems come back at once.
 */
@FunctionalInterface
public interface CounterSalePolicy extends Function<CounterSale, Optional<Problem>> {

    /** The vouchers the counter may sell at once. */
    int MAX_QUANTITY = 50;

    /** How a counter sale may be paid. */
    List<String> PAYMENT_METHODS = List.of("CASH", "CARD_TERMINAL", "BANK_TRANSFER");

    /** The operator takes money in the program's currency. */
    CounterSalePolicy currencyOfProgram = sale -> sale.offer().currencyProblem(sale.currency(), "currency");

    /** The amount is one the program sells: a denomination or within its free range. */
    CounterSalePolicy amountOffered = sale -> sale.offer().amountProblem(sale.amount(), "amount");

    /** Paid in cash, at the card terminal or by bank transfer. */
    CounterSalePolicy paymentMethodAccepted = sale -> sale.paymentMethod() != null && PAYMENT_METHODS.contains(sale.paymentMethod())
            ? Optional.empty()
            : Optional.of(Problem.of("paymentMethod", "sale.payment-method", String.join(", ", PAYMENT_METHODS)));

    /** One to {@link #MAX_QUANTITY} vouchers. */
    CounterSalePolicy quantityWithinLimits = sale -> sale.quantity() != null && (sale.quantity() < 1 || sale.quantity() > MAX_QUANTITY)
            ? Optional.of(Problem.of("quantity", "sale.quantity", 1, MAX_QUANTITY))
            : Optional.empty();

    /** Into the wallet of a registered shopper, or as bearer vouchers. */
    CounterSalePolicy shopperKnown = sale -> sale.shopperId() != null && !sale.shopperKnown()
            ? Optional.of(Problem.of("shopperId", "sale.shopper-unknown", sale.shopperId()))
            : Optional.empty();

    /** The rules, in the order their problems are listed. */
    static List<CounterSalePolicy> allCurrentPolicies() {
        return List.of(currencyOfProgram, amountOffered, paymentMethodAccepted, quantityWithinLimits, shopperKnown);
    }
}

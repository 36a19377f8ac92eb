package org.citycoop.voucher.bulk.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.citycoop.voucher.issuance.decision.Problem;
import org.citycoop.voucher.taxfree.TaxFreeRule;

/**
 * One rule of a bulk order's details, for a program on sale: empty if it allows, else the problem with one field. Every
 * policy is asked; all problems come back at once, with those of the employee list ({@link LinePolicy}).
 */
@FunctionalInterface
public interface OrderPolicy extends Function<BulkOrder, Optional<Problem>> {

    /** The countries of employment whose tax-free rules are known. */
    List<String> COUNTRIES = TaxFreeRule.COUNTRIES;

    /** How an employer may pay. */
    List<String> PAYMENT_METHODS = List.of("BANK_TRANSFER", "CARD_TERMINAL", "CASH");

    /** In the program's currency. */
    OrderPolicy currencyOfProgram = order -> order.offer().currencyProblem(order.currency(), "currency");

    /** The employer's name, 1 to 200 characters. */
    OrderPolicy companyNamed = order -> order.company().isEmpty() || order.company().length() > 200
            ? Optional.of(Problem.of("companyName", "bulk.company-name"))
            : Optional.empty();

    /** The employer's VAT id: a country prefix and 6 to 14 letters or digits. */
    OrderPolicy vatIdWellFormed = order -> order.vatId().matches("[A-Z]{2}[A-Z0-9]{6,14}")
            ? Optional.empty()
            : Optional.of(Problem.of("companyVatId", "bulk.company-vat-id"));

    /** Employed in a country whose tax-free rule is known. */
    OrderPolicy countryOfEmployment = order -> order.country() != null && COUNTRIES.contains(order.country())
            ? Optional.empty()
            : Optional.of(Problem.of("country", "bulk.country"));

    /** Paid by bank transfer, at the card terminal or in cash. */
    OrderPolicy paymentMethodAccepted = order -> order.paymentMethod() != null && PAYMENT_METHODS.contains(order.paymentMethod())
            ? Optional.empty()
            : Optional.of(Problem.of("paymentMethod", "sale.payment-method", String.join(", ", PAYMENT_METHODS)));

    /** An amount for every employee, if given, is one the program sells. */
    OrderPolicy amountEachOffered = order -> order.amountEach() == null ? Optional.empty() : order.offer().amountProblem(order.amountEach(), "amountEach");

    /** The rules, in the order their problems are listed. */
    static List<OrderPolicy> allCurrentPolicies() {
        return List.of(currencyOfProgram, companyNamed, vatIdWellFormed, countryOfEmployment, paymentMethodAccepted, amountEachOffered);
    }
}

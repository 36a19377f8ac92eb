package org.citycoop.redemption.checkout.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;

/**
 * What the till asked for, in the voucher's currency ({@code debit}) and in the store's ({@code credit}), converted at the
 * reference rate where they differ (half-up to cents or whole forints).
 *
 * @param rate forints per euro, or 1 where no conversion was needed
 */
public record Conversion(Money debit, Money credit, BigDecimal rate) {

    /** Empty when the amount is in neither the voucher's nor the store's currency, no rate is set, or a side rounds to nothing. */
    static Optional<Conversion> of(Money requested, Spending spending) {
        Currency voucherCurrency = spending.voucher().currency();
        Currency storeCurrency = spending.till().currency();
        if (voucherCurrency == storeCurrency) {
            return requested.currency() == voucherCurrency ? Optional.of(new Conversion(requested, requested, BigDecimal.ONE)) : Optional.empty();
        }
        if (requested.currency() != voucherCurrency && requested.currency() != storeCurrency || spending.hufPerEur() == null) {
            return Optional.empty();
        }
        BigDecimal hufPerEur = spending.hufPerEur();
        Money other = requested.currency() == Currency.EUR
                ? Money.ofMajor(requested.major().multiply(hufPerEur).setScale(0, RoundingMode.HALF_UP), Currency.HUF)
                : Money.ofMajor(requested.major().divide(hufPerEur, 2, RoundingMode.HALF_UP), Currency.EUR);
        Money debit = requested.currency() == voucherCurrency ? requested : other;
        Money credit = requested.currency() == voucherCurrency ? other : requested;
        return Optional.of(new Conversion(debit, credit, hufPerEur)).filter(conversion -> conversion.debit().isPositive() && conversion.credit().isPositive());
    }
}

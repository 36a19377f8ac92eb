package org.citycoop.voucher.issuance.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a program sells, as loaded: its state, its currency, its fixed denominations and a free amount between limits (in
 * major units), and its name for a refusal.
 */
public record Offer(UUID programId, String name, Status status, Currency currency, List<BigDecimal> denominations, @Nullable BigDecimal freeMin,
        @Nullable BigDecimal freeMax) {

    /** draft (not known to buyers) → active (on sale) → closed. */
    public enum Status {
        DRAFT, ACTIVE, CLOSED
    }

    public Offer {
        denominations = List.copyOf(denominations);
    }

    /** The problem, if {@code currency} is not the program's. */
    public Optional<Problem> currencyProblem(@Nullable String asked, String field) {
        return asked != null && asked.equals(currency.name()) ? Optional.empty() : Optional.of(Problem.of(field, "sale.currency-of-program", currency.name()));
    }

    /** The problem, if the program does not sell {@code amount}: not positive, more decimals than the currency, neither a denomination nor within the free range. */
    public Optional<Problem> amountProblem(@Nullable BigDecimal amount, String field) {
        if (amount == null || amount.signum() <= 0) {
            return Optional.of(Problem.of(field, "program.amount-positive"));
        }
        if (!Money.fits(amount, currency)) {
            return Optional.of(Problem.of(field, "program.amount-decimals", currency.name(), currency.decimals()));
        }
        return offers(Money.ofMajor(amount, currency)) ? Optional.empty() : Optional.of(Problem.of(field, "sale.amount-not-offered", offered()));
    }

    /** The price of an amount the program sells ({@link #amountProblem} found nothing). */
    public Money price(BigDecimal amount) {
        Money price = Money.ofMajor(amount, currency);
        if (!offers(price)) {
            throw new IllegalArgumentException(amount + " is not offered by " + name);
        }
        return price;
    }

    private boolean offers(Money price) {
        boolean denomination = denominations.stream().anyMatch(d -> d.compareTo(price.major()) == 0);
        boolean free = freeMin != null && freeMax != null && price.major().compareTo(freeMin) >= 0 && price.major().compareTo(freeMax) <= 0;
        return denomination || free;
    }

    /** "10, 20, 50 EUR", "50, 5–200 EUR": what the program offers, for the problem. */
    String offered() {
        List<String> parts = new ArrayList<>(denominations.stream().map(Offer::plain).toList());
        if (freeMin != null && freeMax != null) {
            parts.add(plain(freeMin) + "–" + plain(freeMax));
        }
        return String.join(", ", parts) + " " + currency.name();
    }

    /** {@code 10} for ten, {@code 12.50} for twelve and a half. */
    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : amount.toPlainString();
    }
}

package org.citycoop.contracts.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money: a whole number of minor units (cents, forints) and its currency. Arithmetic
 * refuses to mix currencies and never rounds silently.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * An amount in major units ({@code 12.50} EUR, {@code 5000} HUF).
     *
     * @throws IllegalArgumentException if it has more decimals than the currency's minor unit, or does not fit
     */
    public static Money ofMajor(BigDecimal major, Currency currency) {
        Objects.requireNonNull(major, "major");
        BigDecimal minor = major.movePointRight(currency.decimals());
        if (minor.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(major.toPlainString() + " " + currency + " has more than " + currency.decimals() + " decimals");
        }
        return new Money(minor.longValueExact(), currency);
    }

    /** Whether {@code major} is a valid amount of {@code currency} (no more decimals than its minor unit). */
    public static boolean fits(BigDecimal major, Currency currency) {
        try {
            ofMajor(major, currency);
            return true;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return false;
        }
    }

    /** The amount in major units, with the currency's decimals ({@code 12.50}, {@code 5000}). */
    public BigDecimal major() {
        return BigDecimal.valueOf(minor, currency.decimals());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public boolean isPositive() {
        return minor > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        if (other.currency != currency) {
            throw new IllegalArgumentException("cannot combine " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return major().toPlainString() + " " + currency;
    }
}

package org.citycoop.contracts.money;

import java.util.Optional;

/**
 * The network's two currencies and the minor unit each is counted in. Forint amounts are whole
 * forints: the fillér left circulation in 1999 and shops price in forints (ADR 12).
 */
public enum Currency {
    EUR(2), HUF(0);

    private final int decimals;

    Currency(int decimals) {
        this.decimals = decimals;
    }

    /** Decimal places of one minor unit: 2 for EUR (cents), 0 for HUF. */
    public int decimals() {
        return decimals;
    }

    public static Optional<Currency> of(String code) {
        for (Currency currency : values()) {
            if (currency.name().equals(code)) {
                return Optional.of(currency);
            }
        }
        return Optional.empty();
    }
}

package org.citycoop.analytics.measures.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The currency amounts are shown in: computed in euro cents, shown as euros with cents or as whole
 * forints at {@code hufPerEur} (the rate of the period's last day, ADR 22), half to even.
 */
public record DisplayCurrency(String code, BigDecimal hufPerEur) {

    /** The currencies a measure can be shown in. */
    public static final Set<String> KNOWN = Set.of("EUR", "HUF");

    public static boolean known(String code) {
        return KNOWN.contains(code);
    }

    /** Euro cents as an amount in this currency. */
    public BigDecimal show(long euroCents) {
        BigDecimal euros = BigDecimal.valueOf(euroCents, 2);
        return "EUR".equals(code) ? euros : euros.multiply(hufPerEur).setScale(0, RoundingMode.HALF_EVEN);
    }
}

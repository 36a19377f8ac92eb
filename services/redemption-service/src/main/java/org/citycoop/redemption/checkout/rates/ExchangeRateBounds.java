package org.citycoop.redemption.checkout.rates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Whether an operator's new EUR/HUF rate (forints per euro) may be set. Pure: no database, no clock.
 * A rate outside the plausible band ({@code lowest}–{@code highest}) is refused whatever is said (a typo
 * such as 1.23456 or 39500 is never a rate); inside it, a change of more than {@code confirmAbovePercent}
 * from the current rate is set only when the operator confirms it (a real jump happens, a slip of a digit
 * more often).
 */
record ExchangeRateBounds(BigDecimal lowest, BigDecimal highest, BigDecimal confirmAbovePercent) {

    /** At most six decimals, like the column. */
    static final int DECIMALS = 6;

    ExchangeRateBounds {
        if (lowest.signum() <= 0 || highest.compareTo(lowest) <= 0 || confirmAbovePercent.signum() < 0) {
            throw new IllegalArgumentException("the rate's band must be 0 < lowest < highest, the confirmation threshold at least 0 %");
        }
    }

    /** The answer: set it, or why not. */
    sealed interface Verdict {
    }

    /** The rate may be set. */
    record Accepted() implements Verdict {
    }

    /** Not a rate at all: missing, zero or below, or more than {@value #DECIMALS} decimals. */
    record Malformed() implements Verdict {
    }

    /** Outside the plausible band. */
    record OutsideBand(BigDecimal lowest, BigDecimal highest) implements Verdict {
    }

    /** Within the band, but further from the current rate than may be set without confirming. */
    record NeedsConfirmation(BigDecimal current, BigDecimal changePercent, BigDecimal thresholdPercent) implements Verdict {
    }

    Verdict check(@Nullable BigDecimal proposed, @Nullable BigDecimal current, boolean confirmed) {
        if (proposed == null || proposed.signum() <= 0 || proposed.stripTrailingZeros().scale() > DECIMALS) {
            return new Malformed();
        }
        if (proposed.compareTo(lowest) < 0 || proposed.compareTo(highest) > 0) {
            return new OutsideBand(lowest, highest);
        }
        if (current == null || current.signum() <= 0 || confirmed) {
            return new Accepted();
        }
        BigDecimal change = proposed.subtract(current).abs().multiply(BigDecimal.valueOf(100)).divide(current, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
        return change.compareTo(confirmAbovePercent) > 0 ? new NeedsConfirmation(current, change, confirmAbovePercent) : new Accepted();
    }
}

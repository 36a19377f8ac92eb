package org.citycoop.redemption.checkout.rates;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The band an operator's EUR/HUF rate (forints per euro) must lie in, and the jump that needs a
 * confirmation ({@link ExchangeRateBounds}).
 *
 * @param lowest The lowest rate that may be set, forints per euro.
 * @param highest The highest rate that may be set, forints per euro (above lowest).
 * @param confirmAbovePercent A new rate further than this many percent from the current one is set only with "confirm": true.
 */
@Validated
@ConfigurationProperties("citycoop.exchange-rate.eur-huf")
record ExchangeRateBandSettings(@DefaultValue("250") @NotNull @Positive BigDecimal lowest, @DefaultValue("600") @NotNull @Positive BigDecimal highest,
        @DefaultValue("10") @NotNull @PositiveOrZero BigDecimal confirmAbovePercent) {

    /** The band's order across its two ends; each value on its own is checked by its constraints (a missing one too). */
    ExchangeRateBandSettings {
        if (lowest != null && highest != null && highest.compareTo(lowest) <= 0) {
            throw new IllegalArgumentException("citycoop.exchange-rate.eur-huf.highest (" + highest.toPlainString()
                    + ") must be above citycoop.exchange-rate.eur-huf.lowest (" + lowest.toPlainString() + ")");
        }
    }

    ExchangeRateBounds bounds() {
        return new ExchangeRateBounds(lowest, highest, confirmAbovePercent);
    }
}

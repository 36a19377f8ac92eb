package org.citycoop.analytics.readmodel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Amounts in euro cents, and the business day of an instant. Forint amounts (whole forints) become
 * cents at the rate the fact carries (a cross-currency redemption's own rate), else at the reference
 * rate {@code citycoop.analytics.huf-per-eur}. All 24 partner cities keep Central European time, so
 * a fact's day is its day in Vienna.
 */
@Component
public class Euros {

    public static final ZoneId NETWORK = ZoneId.of("Europe/Vienna");

    private final BigDecimal referenceRate;

    Euros(@Value("${citycoop.analytics.huf-per-eur}") BigDecimal referenceRate) {
        if (referenceRate.signum() <= 0) {
            throw new IllegalArgumentException("citycoop.analytics.huf-per-eur must be above 0, not " + referenceRate);
        }
        this.referenceRate = referenceRate;
    }

    /** The rate a fact in {@code currency} is converted at: 1 for euro, else {@code rate} if given, else the reference rate. */
    public BigDecimal rate(String currency, String rate) {
        if ("EUR".equals(currency)) {
            return BigDecimal.ONE;
        }
        return rate == null || rate.isBlank() ? referenceRate : new BigDecimal(rate);
    }

    /**
     * The forints a euro for a redemption: a forint voucher spent in a euro shop carries the rate it
     * was converted at (euros per forint, so its inverse); otherwise the reference rate.
     */
    public BigDecimal rateOfRedemption(String currency, String merchantCurrency, String exchangeRate) {
        if ("EUR".equals(currency)) {
            return BigDecimal.ONE;
        }
        if ("EUR".equals(merchantCurrency) && exchangeRate != null && new BigDecimal(exchangeRate).signum() > 0) {
            return BigDecimal.ONE.divide(new BigDecimal(exchangeRate), 6, RoundingMode.HALF_EVEN);
        }
        return referenceRate;
    }

    /** {@code amount} minor units of {@code currency} in euro cents at {@code rate} (half-even). */
    public static long cents(long amount, String currency, BigDecimal rate) {
        if ("EUR".equals(currency)) {
            return amount;
        }
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100)).divide(rate, 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(NETWORK).toLocalDate();
    }
}

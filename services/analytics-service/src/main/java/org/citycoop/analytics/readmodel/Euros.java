package org.citycoop.analytics.readmodel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * Amounts in euro cents, and the business day of an instant. Forint amounts (whole forints) become
 * cents at a rate in forints a euro, rounded half up as redemption-service rounds; which rate is
 * {@link HufRates}' and {@link ReadModel}'s to say (ADR 22). All 24 partner cities keep Central European
 * time, so a fact's day is its day in Vienna.
 */
public final class Euros {

    public static final ZoneId NETWORK = ZoneId.of("Europe/Vienna");

    private Euros() {
    }

    /**
     * The forints a euro a redemption across the border was converted at, from its {@code exchangeRate}:
     * redemption-service writes the operators' EUR/HUF rate (forints a euro) in either direction; a value
     * below 1 is euros a forint (the contract's "merchant currency per voucher currency" for a forint
     * voucher in a euro shop) and is inverted. Null when it is no usable rate.
     */
    public static @Nullable BigDecimal hufPerEur(@Nullable String exchangeRate) {
        if (exchangeRate == null || exchangeRate.isBlank()) {
            return null;
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(exchangeRate.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (rate.signum() <= 0) {
            return null;
        }
        return rate.compareTo(BigDecimal.ONE) < 0 ? BigDecimal.ONE.divide(rate, 6, RoundingMode.HALF_EVEN) : rate;
    }

    /** {@code amount} minor units of {@code currency} in euro cents at {@code rate} forints a euro (half up). */
    public static long cents(long amount, String currency, BigDecimal rate) {
        if ("EUR".equals(currency)) {
            return amount;
        }
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100)).divide(rate, 0, RoundingMode.HALF_UP).longValueExact();
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(NETWORK).toLocalDate();
    }
}

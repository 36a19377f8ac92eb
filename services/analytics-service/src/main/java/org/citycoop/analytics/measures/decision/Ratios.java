package org.citycoop.analytics.measures.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/** The ratios the measures derive from their sums (docs/services/analytics-service.md, formulas), half to even. */
public final class Ratios {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /** The change from {@code before} to {@code now} in % (one decimal); none when there was nothing before. */
    public static @Nullable BigDecimal changePercent(BigDecimal now, BigDecimal before) {
        return before.signum() == 0 ? null : now.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_EVEN);
    }

    /** Leverage: basket totals per unit of voucher money (two decimals); none without voucher money. */
    public static @Nullable BigDecimal leverage(@Nullable Long basketCents, @Nullable Long voucherCents) {
        return voucherCents == null || voucherCents == 0 || basketCents == null ? null
                : BigDecimal.valueOf(basketCents).divide(BigDecimal.valueOf(voucherCents), 2, RoundingMode.HALF_EVEN);
    }

    /** Average days from issue to redemption, one decimal; none without redemptions. */
    public static @Nullable BigDecimal velocityDays(@Nullable BigDecimal averageDays) {
        return averageDays == null ? null : averageDays.setScale(1, RoundingMode.HALF_EVEN);
    }

    /** The share of {@code part} in {@code whole} in % (one decimal); {@code whole} must be positive. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            throw new IllegalArgumentException("a share of " + whole + " is no share");
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }
}

package org.citycoop.voucher.programs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A voucher program as operators and shoppers see it; amounts in major units of its currency.
 *
 * @param cityCodes the cities its vouchers can be spent in (all 24 for the region)
 */
public record Program(UUID id, Map<String, String> names, String issuer, String currency, ProgramTerms.Coverage coverage, List<String> cityCodes,
        List<BigDecimal> denominations, ProgramTerms.@Nullable FreeAmount freeAmount, int validityMonths, BigDecimal bonusPercent, Status status,
        Instant createdAt, @Nullable Instant activatedAt, @Nullable Instant closedAt, @Nullable String closeReason) {

    /** draft → active → closed. */
    public enum Status {
        DRAFT, ACTIVE, CLOSED
    }

    /** Whether vouchers of this program can be spent in {@code cityCode}. */
    public boolean covers(String cityCode) {
        return cityCodes.contains(cityCode);
    }
}

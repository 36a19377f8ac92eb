package org.citycoop.contracts.points;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A purchase earned a shopper points, once per purchase, with the reasons line by line (base,
 * sector, merchant, campaign, cross-city or cross-border bonus, daily cap) under rule set
 * {@code ruleVersion}. Keyed by the shopper.
 *
 * @param points       the points credited (the sum of the reasons; 0 when the cap was reached)
 * @param balanceAfter the shopper's points balance after the credit
 */
@EventType(context = Context.POINTS, name = "points-accrued", version = 1)
public record PointsAccrued(UUID purchaseId, UUID shopperId, UUID merchantId, String cityCode, long points, int ruleVersion, List<Reason> reasons,
        long balanceAfter, Instant accruedAt) implements IntegrationEvent {

    /** Why some of the points: a stable code (BASE, SECTOR, MERCHANT, CAMPAIGN, CROSS_CITY, CROSS_BORDER, DAILY_CAP), what it refers to, how many. */
    public record Reason(String code, String detail, long points) {
        public Reason {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public PointsAccrued {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(shopperId, "shopperId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(accruedAt, "accruedAt");
        reasons = List.copyOf(reasons);
        if (points < 0 || balanceAfter < 0) {
            throw new IllegalArgumentException("points and balance are never negative");
        }
    }

    @Override
    public String aggregateId() {
        return shopperId.toString();
    }
}

package org.citycoop.merchant.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A merchant of the network as merchant-service keeps it. */
public record Merchant(UUID id, String legalName, String tradingName, String cityCode, String countryCode, String naceCode,
        @Nullable String vatId, @Nullable String iban, @Nullable String street, @Nullable String postalCode, @Nullable String email,
        @Nullable String phone, @Nullable String openingHours, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, Status status,
        @Nullable String statusReason, Instant registeredAt, Instant updatedAt) {

    /** applied → active → suspended ⇄ active → closed. */
    public enum Status {
        APPLIED, ACTIVE, SUSPENDED, CLOSED;

        /** Whether a merchant in this status may move to {@code next}. */
        public boolean mayBecome(Status next) {
            return switch (this) {
                case APPLIED -> next == ACTIVE || next == CLOSED;
                case ACTIVE -> next == SUSPENDED || next == CLOSED;
                case SUSPENDED -> next == ACTIVE || next == CLOSED;
                case CLOSED -> false;
            };
        }
    }
}

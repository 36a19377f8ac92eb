package org.citycoop.redemption.settlement.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A settlement period: whole days, {@code from} to {@code to} both included, in the network's time zone. */
public record Period(LocalDate from, LocalDate to) {

    /** The business days' zone: Vienna, Ljubljana and Budapest keep the same time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Vienna");

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a period from " + from + " to " + to);
        }
    }

    /** The period named, if both days are named and {@code from} is not after {@code to} (else {@link SettlementRefusal.PeriodMalformed}). */
    public static Optional<Period> of(@Nullable LocalDate from, @Nullable LocalDate to) {
        return from == null || to == null || from.isAfter(to) ? Optional.empty() : Optional.of(new Period(from, to));
    }

    /** The first moment after the period: what happened before it belongs to the period or an earlier one. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}

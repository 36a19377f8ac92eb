package org.citycoop.redemption.settlement.decision;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An operator asking to settle the days {@code from} to {@code to} at {@code now}. */
public record SettlementRequest(@Nullable LocalDate from, @Nullable LocalDate to, Instant now) {

    /** The period asked for, if it is one. */
    java.util.Optional<Period> period() {
        return Period.of(from, to);
    }
}

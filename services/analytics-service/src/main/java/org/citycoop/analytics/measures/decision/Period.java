package org.citycoop.analytics.measures.decision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Days from {@code from} to {@code to}, both included. */
public record Period(LocalDate from, LocalDate to) {

    /** How long a period may be asked for. */
    public static final int MOST_YEARS = 5;
    /** The days a period has when {@code from} is not given. */
    public static final int DEFAULT_DAYS = 30;

    /** What is wrong with a period asked for. */
    public enum Fault {
        /** {@code from} lies after {@code to}. */
        FROM_AFTER_TO,
        /** More than {@link #MOST_YEARS} years. */
        TOO_LONG
    }

    /**
     * The period asked for: {@code to} by default {@code today}, {@code from} by default the
     * {@link #DEFAULT_DAYS} days up to {@code to}.
     */
    public static Period asked(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
        LocalDate until = to == null ? today : to;
        return new Period(from == null ? until.minusDays(DEFAULT_DAYS - 1) : from, until);
    }

    /** What is wrong with this period as a question, if anything. */
    public Optional<Fault> fault() {
        if (from.isAfter(to)) {
            return Optional.of(Fault.FROM_AFTER_TO);
        }
        if (from.plusYears(MOST_YEARS).isBefore(to)) {
            return Optional.of(Fault.TOO_LONG);
        }
        return Optional.empty();
    }

    /** How many days the period has. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period this one is compared with: none, the period of as many days just before it, or the
     * same days a year earlier.
     */
    public Optional<Period> comparedWith(Compare compare) {
        return switch (compare) {
            case NONE -> Optional.empty();
            case PREVIOUS -> Optional.of(new Period(from.minusDays(days()), from.minusDays(1)));
            case YEAR -> Optional.of(new Period(from.minusYears(1), to.minusYears(1)));
        };
    }
}

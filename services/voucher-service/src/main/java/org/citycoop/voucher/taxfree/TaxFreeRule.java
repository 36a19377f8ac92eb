package org.citycoop.voucher.taxfree;

import java.time.Instant;
import java.time.LocalDate;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * How much an employer may give one employee in vouchers, tax-free, in a country of employment:
 * at most {@code limit} per calendar {@code period}, and where the law says so at most
 * {@code perOccasion} a voucher and {@code occasions} orders a period. {@code source} is the legal
 * provision it rests on, {@code note} what it means and how sure its figures are (ADR 28).
 */
public record TaxFreeRule(String country, Currency currency, Period period, Money limit, @Nullable Money perOccasion, @Nullable Integer occasions,
        String source, String note, Instant updatedAt, String updatedBy) {

    /** The countries of employment with a rule. */
    public static final java.util.List<String> COUNTRIES = java.util.List.of("AT", "SI", "HU");

    /** The calendar periods a limit counts over, in the country's calendar. */
    public enum Period {
        YEAR, MONTH;

        /** The first day of the period that {@code day} is in. */
        public LocalDate start(LocalDate day) {
            return this == YEAR ? day.withDayOfYear(1) : day.withDayOfMonth(1);
        }

        /** The first day of the next period. */
        public LocalDate end(LocalDate day) {
            return this == YEAR ? start(day).plusYears(1) : start(day).plusMonths(1);
        }
    }

    public TaxFreeRule {
        if (limit.currency() != currency || (perOccasion != null && perOccasion.currency() != currency)) {
            throw new IllegalArgumentException("a rule's amounts are in its currency");
        }
    }
}

package org.citycoop.analytics.measures.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which rows of a rollup cover a period (ADR 19): the month rows of the fresh months lying wholly
 * inside it, the day rows of the other days, as few ranges of days as possible. Grouping by day or
 * week ({@code daysOnly}) reads day rows only.
 *
 * @param months the first days of the months read from month rows
 * @param days   the ranges of days read from day rows, in order, none adjoining another
 */
public record CoverPlan(List<LocalDate> months, List<Period> days) {

    public CoverPlan {
        months = List.copyOf(months);
        days = List.copyOf(days);
    }

    /** The rows that cover {@code period}, the months in {@code freshMonths} (their first days) being fresh. */
    public static CoverPlan of(Period period, boolean daysOnly, Set<LocalDate> freshMonths) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        List<LocalDate> months = new ArrayList<>();
        List<Period> days = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate last = month.plusMonths(1).minusDays(1);
            if (!daysOnly && !month.isBefore(from) && !last.isAfter(to) && freshMonths.contains(month)) {
                months.add(month);
                continue;
            }
            LocalDate start = month.isBefore(from) ? from : month;
            LocalDate end = last.isAfter(to) ? to : last;
            if (!days.isEmpty() && days.getLast().to().plusDays(1).equals(start)) {
                days.set(days.size() - 1, new Period(days.getLast().from(), end));
            } else {
                days.add(new Period(start, end));
            }
        }
        return new CoverPlan(months, days);
    }
}

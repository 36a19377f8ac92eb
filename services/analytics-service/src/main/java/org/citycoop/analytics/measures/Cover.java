package org.citycoop.analytics.measures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of a rollup that cover a period: the month rows of fresh months lying wholly inside it, the
 * day rows of the other days (as few ranges of days as possible). Both kinds of row have the same
 * columns ({@code day} is the month's first day in month rows), so a measure reads them as one table.
 * One cover per request: it knows which months were fresh when the request started.
 */
final class Cover {

    /** Before any fact: the start of "everything until". */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    private final Set<LocalDate> freshMonths;
    private int names;

    private Cover(Set<LocalDate> freshMonths) {
        this.freshMonths = freshMonths;
    }

    static Cover load(JdbcClient jdbc) {
        return new Cover(Set.copyOf(jdbc.sql("SELECT month FROM rollup_month WHERE fresh").query(LocalDate.class).list()));
    }

    /**
     * A subquery of the rows of {@code rollup} for {@code from}..{@code to}, its parameters added to
     * {@code params}; with {@code daysOnly} (grouping by day or week) only day rows.
     */
    String rows(String rollup, LocalDate from, LocalDate to, boolean daysOnly, Map<String, Object> params) {
        return rows(rollup, from, to, daysOnly, params, "*");
    }

    /** The same with only {@code columns} (a select list): less to carry when the sketches are not needed. */
    String rows(String rollup, LocalDate from, LocalDate to, boolean daysOnly, Map<String, Object> params, String columns) {
        String name = "c" + names++;
        List<Date> months = new ArrayList<>();
        List<LocalDate[]> days = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate last = month.plusMonths(1).minusDays(1);
            if (!daysOnly && !month.isBefore(from) && !last.isAfter(to) && freshMonths.contains(month)) {
                months.add(Date.valueOf(month));
                continue;
            }
            LocalDate start = month.isBefore(from) ? from : month;
            LocalDate end = last.isAfter(to) ? to : last;
            if (!days.isEmpty() && days.getLast()[1].plusDays(1).equals(start)) {
                days.getLast()[1] = end;
            } else {
                days.add(new LocalDate[] { start, end });
            }
        }
        StringBuilder sql = new StringBuilder("(");
        if (!months.isEmpty()) {
            sql.append("SELECT %s FROM rollup_%s_month WHERE day = ANY(:%sm) UNION ALL ".formatted(columns, rollup, name));
            params.put(name + "m", months.toArray(Date[]::new));
        }
        sql.append("SELECT %s FROM rollup_%s_day WHERE false".formatted(columns, rollup));
        for (int i = 0; i < days.size(); i++) {
            sql.append(" OR day BETWEEN :%1$sf%2$d AND :%1$st%2$d".formatted(name, i));
            params.put(name + "f" + i, Date.valueOf(days.get(i)[0]));
            params.put(name + "t" + i, Date.valueOf(days.get(i)[1]));
        }
        return sql.append(")").toString();
    }
}

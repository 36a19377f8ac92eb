package org.citycoop.analytics.measures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citycoop.analytics.measures.decision.CoverPlan;
import org.citycoop.analytics.measures.decision.Period;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of a rollup that cover a period ({@link CoverPlan}: the month rows of fresh months lying
 * wholly inside it, the day rows of the other days) as SQL. Both kinds of row have the same columns
 * ({@code day} is the month's first day in month rows), so a measure reads them as one table. One cover
 * per request: it knows which months were fresh when the request started.
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
        CoverPlan plan = CoverPlan.of(new Period(from, to), daysOnly, freshMonths);
        StringBuilder sql = new StringBuilder("(");
        if (!plan.months().isEmpty()) {
            sql.append("SELECT %s FROM rollup_%s_month WHERE day = ANY(:%sm) UNION ALL ".formatted(columns, rollup, name));
            params.put(name + "m", plan.months().stream().map(Date::valueOf).toArray(Date[]::new));
        }
        sql.append("SELECT %s FROM rollup_%s_day WHERE false".formatted(columns, rollup));
        List<Period> days = plan.days();
        for (int i = 0; i < days.size(); i++) {
            sql.append(" OR day BETWEEN :%1$sf%2$d AND :%1$st%2$d".formatted(name, i));
            params.put(name + "f" + i, Date.valueOf(days.get(i).from()));
            params.put(name + "t" + i, Date.valueOf(days.get(i).to()));
        }
        return sql.append(")").toString();
    }
}

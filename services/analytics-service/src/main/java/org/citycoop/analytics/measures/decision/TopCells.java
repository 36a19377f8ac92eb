package org.citycoop.analytics.measures.decision;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The largest cells of a measure ({@code top=N}): suppressed cells are never ranked (a ranking of them
 * would tell what suppression hides); the largest amount first, equal amounts by key.
 */
public final class TopCells {

    /** The fewest and the most cells that can be asked for. */
    public static final int FEWEST = 1;
    public static final int MOST = 100;

    private TopCells() {
    }

    /** Whether {@code top} cells can be asked for. */
    public static boolean allowed(int top) {
        return top >= FEWEST && top <= MOST;
    }

    /** The {@code top} largest of {@code cells} that are not suppressed. */
    public static <C> List<C> largest(List<C> cells, int top, Predicate<C> suppressed, Function<C, BigDecimal> amount, Function<C, String> key) {
        return cells.stream().filter(suppressed.negate()).sorted(Comparator.comparing(amount).reversed().thenComparing(key)).limit(top).toList();
    }
}

package org.citycoop.analytics.measures.decision;

/**
 * When a cell is suppressed (ADR 17, docs/services/analytics-service.md "Privacy"): it counts fewer
 * than {@code minShoppers} distinct shoppers ({@code citycoop.analytics.min-shoppers}, 5). A suppressed
 * cell shows no figures, and is never ranked.
 */
public record Suppression(int minShoppers) {

    public Suppression {
        if (minShoppers < 1) {
            throw new IllegalArgumentException("min-shoppers must be at least 1, not " + minShoppers);
        }
    }

    /** Whether a cell of {@code shoppers} distinct shoppers hides its figures. */
    public boolean hides(long shoppers) {
        return shoppers < minShoppers;
    }

    /**
     * Whether a cell whose rows count {@code shoppersOverAllRows} shoppers together (each row's own
     * distinct count, summed: never fewer than the cell's distinct shoppers) may be shown at all.
     */
    public boolean mayShow(long shoppersOverAllRows) {
        return !hides(shoppersOverAllRows);
    }

    /**
     * Whether a cell is surely shown, one of its rows alone counting {@code shoppersInLargestRow}
     * (never more than the cell's distinct shoppers).
     */
    public boolean surelyShows(long shoppersInLargestRow) {
        return !hides(shoppersInLargestRow);
    }
}

package org.citycoop.analytics.measures;

/**
 * Distinct shoppers (and shops) from the rollups' HyperLogLog sketches (PostgreSQL's {@code hll}):
 * merged per query, exact up to 160 in a cell, an estimate beyond (docs/services/analytics-service.md, Rollups).
 */
final class Sketches {

    private Sketches() {
    }

    /** SQL: distinct values in the union of a sketch column, 0 without rows. */
    static String distinct(String sketch) {
        return "coalesce(round(hll_cardinality(hll_union_agg(" + sketch + "))), 0)::bigint";
    }
}

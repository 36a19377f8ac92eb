/**
 * The measures' decisions in plain Java (no Spring, JDBC or HTTP): the period asked and the one it is
 * compared with, the cities a caller may see, when a cell is suppressed, which shops may reach a
 * ranking, how amounts are shown and the ratios derived from them, and which rollup rows cover a period.
 */
@NullMarked
package org.citycoop.analytics.measures.decision;

import org.jspecify.annotations.NullMarked;

package org.citycoop.analytics.measures.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The largest cells: never a suppressed one, the largest amount first, equal amounts by key; 1 to 100 can be asked for. */
class TopCellsTest {

    record Cell(String key, BigDecimal amount, boolean suppressed) {
    }

    @Test
    void theLargestCellsThatAreNotSuppressedLargestFirst() {
        // given Ptuj 33.00, Lenti suppressed, Feldbach 62.00, Weiz 5.00
        List<Cell> cells = List.of(new Cell("si-ptuj", new BigDecimal("33.00"), false), new Cell("hu-lenti", null, true),
                new Cell("at-feldbach", new BigDecimal("62.00"), false), new Cell("at-weiz", new BigDecimal("5.00"), false));
        // when the top 2 are asked for
        List<Cell> top = TopCells.largest(cells, 2, Cell::suppressed, Cell::amount, Cell::key);
        // then
        assertThat(top).extracting(Cell::key).containsExactly("at-feldbach", "si-ptuj");
    }

    @Test
    void aSuppressedCellIsNeverRankedEvenWhenFewerCellsAreLeft() {
        List<Cell> cells = List.of(new Cell("hu-lenti", null, true), new Cell("si-ptuj", new BigDecimal("33.00"), false));
        assertThat(TopCells.largest(cells, 5, Cell::suppressed, Cell::amount, Cell::key)).extracting(Cell::key).containsExactly("si-ptuj");
    }

    @Test
    void equalAmountsAreRankedByKey() {
        List<Cell> cells = List.of(new Cell("si-ptuj", new BigDecimal("10.00"), false), new Cell("at-feldbach", new BigDecimal("10.0"), false));
        assertThat(TopCells.largest(cells, 2, Cell::suppressed, Cell::amount, Cell::key)).extracting(Cell::key).containsExactly("at-feldbach", "si-ptuj");
    }

    @Test
    void oneToAHundredCellsCanBeAskedFor() {
        assertThat(TopCells.allowed(0)).isFalse();
        assertThat(TopCells.allowed(1)).isTrue();
        assertThat(TopCells.allowed(100)).isTrue();
        assertThat(TopCells.allowed(101)).isFalse();
        assertThat(TopCells.allowed(-1)).isFalse();
    }
}

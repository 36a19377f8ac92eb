package org.citycoop.analytics.measures.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A cell of fewer than five distinct shoppers is suppressed; the ranking of shops knows from row counts which may be shown. */
class SuppressionTest {

    final Suppression fiveShoppers = new Suppression(5);

    @Test
    void aCellOfFourShoppersIsSuppressedAndOneOfFiveIsShown() {
        // given the platform's setting of 5
        // when a Lenti cell counts 4 shoppers and a Feldbach cell 5
        boolean lenti = fiveShoppers.hides(4);
        boolean feldbach = fiveShoppers.hides(5);
        // then
        assertThat(lenti).isTrue();
        assertThat(feldbach).isFalse();
    }

    @Test
    void aCellWithoutShoppersIsSuppressed() {
        assertThat(fiveShoppers.hides(0)).isTrue();
    }

    @Test
    void aShopWhoseRowsCountFewerThanFiveShoppersTogetherCanNeverBeShown() {
        // given a shop with rows of 2 and 2 shoppers (at most 4 distinct)
        // when / then
        assertThat(fiveShoppers.mayShow(4)).isFalse();
        assertThat(fiveShoppers.mayShow(5)).as("rows of 2 and 3: maybe 5 distinct").isTrue();
    }

    @Test
    void aShopWithARowOfFiveShoppersIsSurelyShown() {
        assertThat(fiveShoppers.surelyShows(5)).isTrue();
        assertThat(fiveShoppers.surelyShows(4)).as("a row of 4: the others may add no one").isFalse();
    }

    @Test
    void aSettingBelowOneShopperIsRefused() {
        assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}

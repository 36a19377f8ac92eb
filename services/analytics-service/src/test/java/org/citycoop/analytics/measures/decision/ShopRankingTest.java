package org.citycoop.analytics.measures.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citycoop.analytics.measures.decision.ShopRanking.Batch;
import org.citycoop.analytics.measures.decision.ShopRanking.Ranked;
import org.junit.jupiter.api.Test;

/** The top shops: shoppers are counted only for the shops that may be shown, in ranking order, until enough are surely found. */
class ShopRankingTest {

    final Suppression fiveShoppers = new Suppression(5);

    @Test
    void aShopWhoseRowsCountTooFewShoppersIsNotCountedAtAll() {
        // given a Lenti shop with most money but 1 shopper, then the Feldbach bakery with a row of 7
        List<Ranked> ranked = List.of(new Ranked("lenti-bolt", 1, 1), new Ranked("baeckerei-fasching", 7, 9));
        // when the top 1 is sought
        Batch batch = ShopRanking.next(ranked, 0, 1, fiveShoppers);
        // then only the bakery is counted, and the ranking is done
        assertThat(batch.keys()).containsExactly("baeckerei-fasching");
        assertThat(batch.next()).isEqualTo(2);
    }

    @Test
    void aBatchTakesTheShopsThatMayBeShownUntilAsManyAsWantedAreSurelyShown() {
        // given: Ptuj surely shown (a row of 6), the pharmacy maybe (rows of 3 and 3), the bakery surely (a row of 5), a kiosk after them
        List<Ranked> ranked = List.of(new Ranked("knjigarna-ptuj", 6, 6), new Ranked("lekarna-ptuj", 3, 6), new Ranked("baeckerei-fasching", 5, 8),
                new Ranked("kiosk", 9, 9));
        // when the top 2 are sought
        Batch batch = ShopRanking.next(ranked, 0, 2, fiveShoppers);
        // then the three up to the second surely shown are counted, the kiosk waits
        assertThat(batch.keys()).containsExactly("knjigarna-ptuj", "lekarna-ptuj", "baeckerei-fasching");
        assertThat(batch.next()).isEqualTo(3);
    }

    @Test
    void theNextBatchStartsWhereTheLastOneEnded() {
        // given the pharmacy turned out to have 4 distinct shoppers, so one shop is still missing
        List<Ranked> ranked = List.of(new Ranked("knjigarna-ptuj", 6, 6), new Ranked("lekarna-ptuj", 3, 6), new Ranked("kiosk", 9, 9),
                new Ranked("spa", 8, 8));
        // when
        Batch batch = ShopRanking.next(ranked, 2, 1, fiveShoppers);
        // then
        assertThat(batch.keys()).containsExactly("kiosk");
        assertThat(batch.next()).isEqualTo(3);
    }

    @Test
    void atTheEndOfTheRankingTheBatchIsWhatIsLeft() {
        List<Ranked> ranked = List.of(new Ranked("lekarna-ptuj", 3, 6), new Ranked("lenti-bolt", 1, 1));
        Batch batch = ShopRanking.next(ranked, 0, 3, fiveShoppers);
        assertThat(batch.keys()).containsExactly("lekarna-ptuj");
        assertThat(batch.next()).isEqualTo(2);
        assertThat(ShopRanking.next(ranked, 2, 3, fiveShoppers)).isEqualTo(new Batch(List.of(), 2));
    }
}

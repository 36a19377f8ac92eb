package org.citycoop.analytics.measures.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * The top shops without counting every shop's shoppers: shops are ranked by their sums; each row's own
 * shopper count tells which shops are surely shown (a row alone with enough shoppers) and which surely
 * not (too few over all rows). Only the shops that may be shown, in order, get their shoppers counted, a
 * batch at a time, until enough are found.
 */
public final class ShopRanking {

    /**
     * A shop in the ranking.
     *
     * @param key   the shop
     * @param most  the shoppers of its row with most of them
     * @param total its rows' shoppers summed
     */
    public record Ranked(String key, long most, long total) {
    }

    /**
     * The shops to count next.
     *
     * @param keys the shops, in ranking order
     * @param next where the batch after this one starts
     */
    public record Batch(List<String> keys, int next) {

        public Batch {
            keys = List.copyOf(keys);
        }
    }

    private ShopRanking() {
    }

    /**
     * The next batch from position {@code from} of {@code ranked}: the shops that may be shown, up to
     * and including as many surely shown as {@code wanted} (the shops still missing).
     */
    public static Batch next(List<Ranked> ranked, int from, int wanted, Suppression suppression) {
        List<String> batch = new ArrayList<>();
        int sure = 0;
        int next = from;
        while (next < ranked.size() && sure < wanted) {
            Ranked shop = ranked.get(next++);
            if (suppression.mayShow(shop.total())) {
                batch.add(shop.key());
                sure += suppression.surelyShows(shop.most()) ? 1 : 0;
            }
        }
        return new Batch(batch, next);
    }
}

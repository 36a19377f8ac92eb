package org.citycoop.analytics.measures.decision;

import java.util.List;

/**
 * The cities a caller may see figures of: operators and the region's economists every city; an
 * economist bound to cities only theirs (and the region's totals, which are shown to everyone).
 *
 * @param everyCity whether every city may be seen
 * @param visible   the cities that may be seen (empty with {@code everyCity})
 */
public record CitySight(boolean everyCity, List<String> visible) {

    public CitySight {
        visible = everyCity ? List.of() : List.copyOf(visible);
    }

    /**
     * @param operator    whether the caller is an operator
     * @param wholeRegion whether the caller is an economist of the whole region
     * @param cityCodes   the cities the caller's account is bound to
     */
    public static CitySight of(boolean operator, boolean wholeRegion, List<String> cityCodes) {
        return new CitySight(operator || wholeRegion, cityCodes);
    }

    /** The cities of {@code asked} this caller may not see, in the order asked. */
    public List<String> foreign(List<String> asked) {
        return everyCity ? List.of() : asked.stream().filter(city -> !visible.contains(city)).toList();
    }
}

package org.citycoop.analytics.measures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scope's filters as SQL conditions ({@code AND …}, their parameters added to a map): the cities,
 * countries, sectors and programs asked for, and the cities the caller may see.
 */
final class Filters {

    private Filters() {
    }

    /** Adds {@code AND column = ANY(:name)} for {@code values}, unless there are none. */
    static void restrict(StringBuilder where, Map<String, Object> params, String column, String name, List<?> values) {
        if (!values.isEmpty()) {
            where.append(" AND ").append(column).append(" = ANY(:").append(name).append(")");
            params.put(name, values.getFirst() instanceof UUID ? values.toArray(UUID[]::new) : values.stream().map(Object::toString)
                    .toArray(String[]::new));
        }
    }

    /** Adds {@code AND column = ANY(:visible)} unless the caller sees every city. */
    static void visible(StringBuilder where, Map<String, Object> params, Scope scope, String column) {
        if (!scope.everyCity()) {
            where.append(" AND ").append(column).append(" = ANY(:visible)");
            params.put("visible", scope.visibleCities().toArray(String[]::new));
        }
    }

    /** The issuers the scope asks for and the caller may see. */
    static void issuers(StringBuilder where, Map<String, Object> params, Scope scope, String issuer) {
        visible(where, params, scope, issuer);
        restrict(where, params, issuer, "cities", scope.cities());
    }

    /**
     * The scope's filters on the given columns.
     *
     * @param cities  whether the cities and countries asked for, and those the caller may see, apply
     * @param program the program column, {@code null} where the program filter does not apply
     */
    static String of(Scope scope, Map<String, Object> params, boolean cities, String city, String country, String sector,
            @org.jspecify.annotations.Nullable String program) {
        StringBuilder where = new StringBuilder();
        if (cities) {
            restrict(where, params, city, "cities", scope.cities());
            visible(where, params, scope, city);
            restrict(where, params, country, "countries", scope.countries());
        }
        restrict(where, params, sector, "sectors", scope.sectors());
        if (program != null) {
            restrict(where, params, program, "programs", scope.programs());
        }
        return where.toString();
    }
}

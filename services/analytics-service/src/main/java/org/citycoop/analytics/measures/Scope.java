package org.citycoop.analytics.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.http.HttpStatus;

/**
 * What a measure is asked for, checked: the period (inclusive days, at most five years), the cities,
 * countries, sectors (NACE divisions such as 47) and programs to filter by, the currency to show
 * amounts in, and the cities the caller may see (an economist bound to cities sees only theirs; the
 * region's totals are shown to everyone).
 */
record Scope(LocalDate from, LocalDate to, List<String> cities, List<String> countries, List<String> sectors, List<java.util.UUID> programs,
        String currency, BigDecimal hufPerEur, List<String> visibleCities, boolean everyCity) {

    static Scope of(Caller caller, LocalDate from, LocalDate to, List<String> cities, List<String> countries, List<String> sectors,
            List<String> programs, String currency, BigDecimal hufPerEur, List<Violation> already) {
        List<Violation> violations = new ArrayList<>(already);
        LocalDate until = to == null ? LocalDate.now(org.citycoop.analytics.readmodel.Euros.NETWORK) : to;
        LocalDate since = from == null ? until.minusDays(29) : from;
        if (since.isAfter(until)) {
            violations.add(new Violation("from", "measures.period"));
        } else if (since.plusYears(5).isBefore(until)) {
            violations.add(new Violation("to", "measures.period-too-long"));
        }
        for (String city : cities) {
            if (PartnerCity.byCode(city).isEmpty()) {
                violations.add(new Violation("cities", "measures.city", city));
            }
        }
        for (String country : countries) {
            if (!Set.of("AT", "SI", "HU").contains(country)) {
                violations.add(new Violation("countries", "measures.country", country));
            }
        }
        for (String sector : sectors) {
            if (!sector.matches("\\d{2}")) {
                violations.add(new Violation("sectors", "measures.sector", sector));
            }
        }
        List<java.util.UUID> programIds = new ArrayList<>();
        for (String program : programs) {
            try {
                programIds.add(java.util.UUID.fromString(program));
            } catch (IllegalArgumentException notAnId) {
                violations.add(new Violation("programs", "measures.program", program));
            }
        }
        if (!Set.of("EUR", "HUF").contains(currency)) {
            violations.add(new Violation("currency", "measures.currency", currency));
        }
        if (!violations.isEmpty()) {
            throw RequestRejected.invalid(violations);
        }
        boolean everyCity = caller.has(Role.OPERATOR) || caller.region();
        if (!everyCity) {
            List<String> foreign = cities.stream().filter(city -> !caller.cityCodes().contains(city)).toList();
            if (!foreign.isEmpty()) {
                throw new RequestRejected(HttpStatus.FORBIDDEN, "not-your-cities", List.of(new Violation("cities", "measures.not-your-city",
                        String.join(", ", foreign))));
            }
        }
        return new Scope(since, until, List.copyOf(cities), List.copyOf(countries), List.copyOf(sectors), List.copyOf(programIds), currency,
                hufPerEur, everyCity ? List.of() : List.copyOf(caller.cityCodes()), everyCity);
    }

    /** The same question about another period. */
    Scope shifted(LocalDate otherFrom, LocalDate otherTo) {
        return new Scope(otherFrom, otherTo, cities, countries, sectors, programs, currency, hufPerEur, visibleCities, everyCity);
    }

    /** Euro cents as an amount in the display currency: euros with cents, or whole forints at the reference rate. */
    BigDecimal show(long euroCents) {
        BigDecimal euros = BigDecimal.valueOf(euroCents, 2);
        return "EUR".equals(currency) ? euros : euros.multiply(hufPerEur).setScale(0, RoundingMode.HALF_EVEN);
    }
}

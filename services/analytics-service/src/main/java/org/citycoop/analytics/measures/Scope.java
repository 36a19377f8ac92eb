package org.citycoop.analytics.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycoop.analytics.measures.decision.CitySight;
import org.citycoop.analytics.measures.decision.DisplayCurrency;
import org.citycoop.analytics.measures.decision.Period;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.refusal.Fault;

/**
 * What a measure is asked for, checked: the period (inclusive days, at most five years), the cities,
 * countries, sectors (NACE divisions such as 47) and programs to filter by, the currency to show
 * amounts in, and the cities the caller may see (an economist bound to cities sees only theirs; the
 * region's totals are shown to everyone). The rules are the plain {@link Period}, {@link CitySight} and
 * {@link DisplayCurrency}; this record names their faults ({@link ScopeRefusal}), which become problem details at the web edge.
 */
record Scope(Period period, List<String> cities, List<String> countries, List<String> sectors, List<UUID> programs, DisplayCurrency display,
        CitySight sight) {

    private static final Set<String> COUNTRIES = Set.of("AT", "SI", "HU");

    static Scope of(Caller caller, LocalDate from, LocalDate to, List<String> cities, List<String> countries, List<String> sectors,
            List<String> programs, String currency, BigDecimal hufPerEur, List<Fault> already) {
        List<Fault> violations = new ArrayList<>(already);
        Period period = Period.asked(from, to, LocalDate.now(org.citycoop.analytics.readmodel.Euros.NETWORK));
        period.fault().ifPresent(fault -> violations.add(switch (fault) {
            case FROM_AFTER_TO -> Fault.of("from", "measures.period");
            case TOO_LONG -> Fault.of("to", "measures.period-too-long");
        }));
        for (String city : cities) {
            if (PartnerCity.byCode(city).isEmpty()) {
                violations.add(Fault.of("cities", "measures.city", city));
            }
        }
        for (String country : countries) {
            if (!COUNTRIES.contains(country)) {
                violations.add(Fault.of("countries", "measures.country", country));
            }
        }
        for (String sector : sectors) {
            if (!sector.matches("\\d{2}")) {
                violations.add(Fault.of("sectors", "measures.sector", sector));
            }
        }
        List<UUID> programIds = new ArrayList<>();
        for (String program : programs) {
            try {
                programIds.add(UUID.fromString(program));
            } catch (IllegalArgumentException notAnId) {
                violations.add(Fault.of("programs", "measures.program", program));
            }
        }
        if (!DisplayCurrency.known(currency)) {
            violations.add(Fault.of("currency", "measures.currency", currency));
        }
        if (!violations.isEmpty()) {
            throw new ScopeRefusal.Invalid(violations).refused();
        }
        CitySight sight = CitySight.of(caller.has(Role.OPERATOR), caller.region(), caller.cityCodes());
        List<String> foreign = sight.foreign(cities);
        if (!foreign.isEmpty()) {
            throw new ScopeRefusal.NotYourCities(String.join(", ", foreign)).refused();
        }
        return new Scope(period, List.copyOf(cities), List.copyOf(countries), List.copyOf(sectors), List.copyOf(programIds),
                new DisplayCurrency(currency, hufPerEur), sight);
    }

    LocalDate from() {
        return period.from();
    }

    LocalDate to() {
        return period.to();
    }

    String currency() {
        return display.code();
    }

    boolean everyCity() {
        return sight.everyCity();
    }

    List<String> visibleCities() {
        return sight.visible();
    }

    /** The same question about another period. */
    Scope over(Period other) {
        return new Scope(other, cities, countries, sectors, programs, display, sight);
    }

    /** Euro cents as an amount in the display currency. */
    BigDecimal show(long euroCents) {
        return display.show(euroCents);
    }
}

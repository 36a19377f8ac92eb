package org.citycoop.analytics.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citycoop.analytics.readmodel.Euros;
import org.citycoop.analytics.readmodel.HufRates;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.refusal.Fault;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * What the measures' controllers share in reading a request: the common parameters ({@code from},
 * {@code to}, {@code cities}, {@code countries}, {@code sectors}, {@code programs}, {@code currency}) as a
 * checked {@link Scope} for the calling economist or operator, with the EUR/HUF rate to show forints
 * at; the {@code format} asked for; a choice among named options.
 */
@Component
@RequiredArgsConstructor
class MeasureRequests {

    /** The formats a measure is answered in. */
    static final List<String> FORMATS = List.of("json", "csv", "xlsx");

    private final HufRates rates;

    /** Checks the common parameters (and throws with every violation, {@code violations} found before included). */
    Scope scope(@Nullable LocalDate from, @Nullable LocalDate to, List<String> cities, List<String> countries, List<String> sectors,
            List<String> programs, String currency, List<Fault> violations) {
        // forints shown at the EUR/HUF rate recorded for the period's last day (ADR 22)
        BigDecimal hufPerEur = rates.on(to != null ? to : LocalDate.now(Euros.NETWORK));
        return Scope.of(Caller.current().orElseThrow(), from, to, cities, countries, sectors, programs, currency, hufPerEur, violations);
    }

    /** {@code violations}, plus one if {@code format} is not json, csv or xlsx. */
    static List<Fault> format(List<Fault> violations, String format) {
        if (!FORMATS.contains(format)) {
            violations.add(Fault.of("format", "measures.choice", format, String.join(", ", FORMATS)));
        }
        return violations;
    }

    /** The choice named {@code value}, or null with a violation added. */
    static <E extends Enum<E>> @Nullable E choice(Class<E> type, String field, String value, List<Fault> violations) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
            violations.add(Fault.of(field, "measures.choice", value, allowed));
            return null;
        }
    }

    /** Adds a violation unless {@code value} is one of {@code allowed}, exactly as written. */
    static void oneOf(List<String> allowed, String field, String value, List<Fault> violations) {
        if (!allowed.contains(value)) {
            violations.add(Fault.of(field, "measures.choice", value, String.join(", ", allowed)));
        }
    }
}

package org.citycoop.web.console;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A voucher program as voucher-service lists it for operators. */
record Program(UUID id, Map<String, String> names, String issuer, String currency, String coverage, List<String> cityCodes,
        List<BigDecimal> denominations, int validityMonths, BigDecimal bonusPercent, String status) {

    /** Its name in {@code locale}'s language, else in English, else in the first language it has one in. */
    String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", names.values().stream().findFirst().orElse("")));
    }
}

package org.citycoop.voucher.programs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.platform.refusal.Fault;
import org.jspecify.annotations.Nullable;

/**
 * The terms of a program as an operator writes them, and the rules they must follow: names in the
 * four languages; an issuer (a partner city or the cooperation) whose currency a city program uses;
 * coverage of the issuing city, a list of partner cities or the whole region; fixed denominations
 * and/or a free amount between limits, in the currency's minor unit; validity 1–120 months; a bonus
 * of 0–100 % with at most two decimals.
 *
 * @param freeAmount the lower and upper limit of a freely chosen amount, if the program has one
 * @param bonusPercent the issuer-funded bonus in percent of the price ({@code 10} = buy 100, get 110)
 */
public record ProgramTerms(@Nullable Map<String, String> names, @Nullable String issuer, @Nullable String currency, @Nullable String coverage,
        @Nullable List<String> cityCodes, @Nullable List<BigDecimal> denominations, @Nullable FreeAmount freeAmount,
        @Nullable Integer validityMonths, @Nullable BigDecimal bonusPercent) {

    public static final String COOPERATION = "cooperation";
    public static final List<String> LANGUAGES = List.of("de", "sl", "hu", "en");

    /** A freely chosen amount between {@code min} and {@code max}. */
    public record FreeAmount(@Nullable BigDecimal min, @Nullable BigDecimal max) {
    }

    /** Terms that passed every rule, in minor units. */
    public record Valid(Map<String, String> names, String issuer, Currency currency, Coverage coverage, List<String> cityCodes,
            List<Money> denominations, @Nullable Money freeMin, @Nullable Money freeMax, int validityMonths, int bonusBasisPoints) {
    }

    /** Which cities a program's vouchers can be spent in. */
    public enum Coverage {
        CITY, CITIES, REGION
    }

    /** The terms in minor units, or every rule they break (field and message code). */
    public Valid validate(List<Fault> problems) {
        int before = problems.size();
        for (String language : LANGUAGES) {
            String name = names == null ? null : names.get(language);
            if (name == null || name.isBlank()) {
                problems.add(Fault.of("names." + language, "program.name-missing"));
            } else if (name.strip().length() > 120) {
                problems.add(Fault.of("names." + language, "program.name-too-long", 120));
            }
        }
        if (names != null) {
            names.keySet().stream().filter(key -> !LANGUAGES.contains(key)).sorted()
                    .forEach(key -> problems.add(Fault.of("names." + key, "program.name-language")));
        }
        Optional<PartnerCity> issuingCity = Optional.empty();
        if (issuer == null || !(COOPERATION.equals(issuer) || PartnerCity.byCode(issuer).isPresent())) {
            problems.add(Fault.of("issuer", "program.issuer-unknown", String.valueOf(issuer)));
        } else {
            issuingCity = PartnerCity.byCode(issuer);
        }
        Currency money = currency == null ? null : Currency.of(currency).orElse(null);
        if (money == null) {
            problems.add(Fault.of("currency", "program.currency-unknown", String.valueOf(currency)));
        } else if (issuingCity.isPresent() && !issuingCity.get().currency().equals(money.name())) {
            problems.add(Fault.of("currency", "program.currency-of-issuer", issuingCity.get().currency()));
        }
        Coverage covers = null;
        try {
            covers = coverage == null ? null : Coverage.valueOf(coverage);
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        List<String> covered = List.of();
        if (covers == null) {
            problems.add(Fault.of("coverage", "program.coverage-unknown", String.valueOf(coverage)));
        } else {
            covered = coveredCities(covers, issuingCity, problems);
        }
        List<Money> fixed = new ArrayList<>();
        if (denominations != null && money != null) {
            Set<Long> seen = new LinkedHashSet<>();
            for (int i = 0; i < denominations.size(); i++) {
                amount(denominations.get(i), money, "denominations[" + i + "]", problems).ifPresent(amount -> {
                    if (seen.add(amount.minor())) {
                        fixed.add(amount);
                    }
                });
            }
        }
        Money freeMin = null;
        Money freeMax = null;
        if (freeAmount != null && money != null) {
            freeMin = amount(freeAmount.min(), money, "freeAmount.min", problems).orElse(null);
            freeMax = amount(freeAmount.max(), money, "freeAmount.max", problems).orElse(null);
            if (freeMin != null && freeMax != null && freeMin.compareTo(freeMax) > 0) {
                problems.add(Fault.of("freeAmount.max", "program.free-max-below-min"));
            }
        }
        if ((denominations == null || denominations.isEmpty()) && freeAmount == null) {
            problems.add(Fault.of("denominations", "program.no-amounts"));
        }
        if (validityMonths == null || validityMonths < 1 || validityMonths > 120) {
            problems.add(Fault.of("validityMonths", "program.validity", 1, 120));
        }
        int bonus = 0;
        if (bonusPercent != null) {
            if (bonusPercent.signum() < 0 || bonusPercent.compareTo(BigDecimal.valueOf(100)) > 0 || bonusPercent.stripTrailingZeros().scale() > 2) {
                problems.add(Fault.of("bonusPercent", "program.bonus"));
            } else {
                bonus = bonusPercent.movePointRight(2).intValueExact();
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Map<String, String> stripped = Map.of("de", names.get("de").strip(), "sl", names.get("sl").strip(), "hu", names.get("hu").strip(), "en",
                names.get("en").strip());
        fixed.sort(null);
        return new Valid(stripped, issuer, money, covers, covered, List.copyOf(fixed), freeMin, freeMax, validityMonths, bonus);
    }

    private List<String> coveredCities(Coverage covers, Optional<PartnerCity> issuingCity, List<Fault> problems) {
        return switch (covers) {
            case CITY -> {
                if (issuingCity.isEmpty()) {
                    problems.add(Fault.of("coverage", "program.city-coverage-needs-city-issuer"));
                    yield List.of();
                }
                if (cityCodes != null && !cityCodes.isEmpty() && !cityCodes.equals(List.of(issuer))) {
                    problems.add(Fault.of("cityCodes", "program.city-coverage-is-issuer", issuer));
                }
                yield List.of(issuer);
            }
            case CITIES -> {
                if (cityCodes == null || cityCodes.isEmpty()) {
                    problems.add(Fault.of("cityCodes", "program.cities-missing"));
                    yield List.of();
                }
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < cityCodes.size(); i++) {
                    String code = cityCodes.get(i);
                    if (code == null || PartnerCity.byCode(code).isEmpty()) {
                        problems.add(Fault.of("cityCodes[" + i + "]", "program.city-unknown", String.valueOf(code)));
                    } else if (!codes.contains(code)) {
                        codes.add(code);
                    }
                }
                yield codes;
            }
            case REGION -> PartnerCity.codes();
        };
    }

    private static Optional<Money> amount(@Nullable BigDecimal major, Currency currency, String field, List<Fault> problems) {
        if (major == null || major.signum() <= 0) {
            problems.add(Fault.of(field, "program.amount-positive"));
            return Optional.empty();
        }
        if (!Money.fits(major, currency)) {
            problems.add(Fault.of(field, "program.amount-decimals", currency.name(), currency.decimals()));
            return Optional.empty();
        }
        return Optional.of(Money.ofMajor(major, currency));
    }
}

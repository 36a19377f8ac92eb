package org.citycoop.voucher.taxfree;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: an operator replaces a country's tax-free rule (when the law or a figure it depends on
 * changes, such as Hungary's minimum wage). Every bad value is named by its field; the change is
 * logged with the operator and the rule before and after.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TaxFreeRuleEditing {

    /** What an operator sends; null where omitted. */
    public record EditTaxFreeRule(@Nullable String currency, @Nullable String period, @Nullable BigDecimal limit, @Nullable BigDecimal perOccasion,
            @Nullable Integer occasions, @Nullable String source, @Nullable String note) {
    }

    static final BigDecimal MOST = new BigDecimal("1000000000");
    static final int MOST_SOURCE = 500;
    static final int MOST_NOTE = 2000;

    private final TaxFreeRules rules;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public TaxFreeRule edit(String country, EditTaxFreeRule edit, Caller operator) {
        List<Violation> problems = new ArrayList<>();
        if (!TaxFreeRules.COUNTRIES.contains(country)) {
            throw RequestRejected.invalid(List.of(new Violation("country", "tax-free.country", country)));
        }
        String expected = "HU".equals(country) ? "HUF" : "EUR";
        Currency currency = edit.currency() == null ? null : Currency.of(edit.currency()).orElse(null);
        if (currency == null) {
            problems.add(new Violation("currency", "tax-free.currency", String.valueOf(edit.currency())));
        } else if (!currency.name().equals(expected)) {
            problems.add(new Violation("currency", "tax-free.currency-of-country", country, expected));
        }
        TaxFreeRule.Period period = edit.period() == null ? null
                : Arrays.stream(TaxFreeRule.Period.values()).filter(p -> p.name().equals(edit.period().toUpperCase(Locale.ROOT))).findFirst().orElse(null);
        if (period == null) {
            problems.add(new Violation("period", "tax-free.period", String.valueOf(edit.period())));
        }
        Money limit = amount(edit.limit(), currency, "limit", true, problems);
        Money perOccasion = amount(edit.perOccasion(), currency, "perOccasion", false, problems);
        if (limit != null && perOccasion != null && perOccasion.compareTo(limit) > 0) {
            problems.add(new Violation("perOccasion", "tax-free.per-occasion-above-limit"));
        }
        if (edit.occasions() != null && (edit.occasions() < 1 || edit.occasions() > 366)) {
            problems.add(new Violation("occasions", "tax-free.occasions", 1, 366));
        }
        String source = edit.source() == null ? "" : edit.source().strip();
        if (source.isEmpty() || source.length() > MOST_SOURCE) {
            problems.add(new Violation("source", "tax-free.source", MOST_SOURCE));
        }
        String note = edit.note() == null ? "" : edit.note().strip();
        if (note.length() > MOST_NOTE) {
            problems.add(new Violation("note", "tax-free.note", MOST_NOTE));
        }
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        TaxFreeRule rule = new TaxFreeRule(country, currency, period, limit, perOccasion, edit.occasions(), source, note,
                clock.instant().truncatedTo(ChronoUnit.MICROS), operator.subject());
        rules.replace(rule);
        return rules.of(country).orElseThrow();
    }

    private static @Nullable Money amount(@Nullable BigDecimal amount, @Nullable Currency currency, String field, boolean required,
            List<Violation> problems) {
        if (amount == null) {
            if (required) {
                problems.add(new Violation(field, "tax-free.amount", currency == null ? "EUR/HUF" : currency.name()));
            }
            return null;
        }
        if (currency == null) {
            return null;
        }
        if (amount.signum() < 0 || amount.compareTo(MOST) > 0 || !Money.fits(amount, currency)) {
            problems.add(new Violation(field, "tax-free.amount", currency.name()));
            return null;
        }
        return Money.ofMajor(amount, currency);
    }
}

package org.citycoop.voucher.taxfree;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.platform.web.RequestRejected;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import lombok.RequiredArgsConstructor;

/** Operators read the tax-free rules with their legal sources, replace a country's rule, and read who changed it when. */
@RestController
@RequiredArgsConstructor
class TaxFreeRuleController {

    /** A rule as operators see it: amounts in major units of its currency. */
    record RuleView(String country, String currency, String period, BigDecimal limit, @Nullable BigDecimal perOccasion, @Nullable Integer occasions,
            String source, String note, Instant updatedAt, String updatedBy) {

        static RuleView of(TaxFreeRule rule) {
            return new RuleView(rule.country(), rule.currency().name(), rule.period().name(), rule.limit().major(),
                    rule.perOccasion() == null ? null : rule.perOccasion().major(), rule.occasions(), rule.source(), rule.note(), rule.updatedAt(),
                    rule.updatedBy());
        }
    }

    record ChangeView(Instant at, String by, JsonNode before, JsonNode after) {
    }

    private final TaxFreeRules rules;
    private final TaxFreeRuleEditing editing;
    private final JsonMapper json;

    @Roles(Role.OPERATOR)
    @GetMapping("/api/tax-free-rules")
    List<RuleView> all() {
        return rules.all().stream().map(RuleView::of).toList();
    }

    @Roles(Role.OPERATOR)
    @GetMapping("/api/tax-free-rules/{country}")
    RuleView one(@PathVariable String country) {
        return rules.of(known(country)).map(RuleView::of).orElseThrow();
    }

    @Roles(Role.OPERATOR)
    @PutMapping("/api/tax-free-rules/{country}")
    RuleView edit(@PathVariable String country, @RequestBody TaxFreeRuleEditing.EditTaxFreeRule edit) {
        return RuleView.of(editing.edit(country, edit, Caller.current().orElseThrow()));
    }

    @Roles(Role.OPERATOR)
    @GetMapping("/api/tax-free-rules/{country}/changes")
    List<ChangeView> changes(@PathVariable String country) {
        return rules.changes(known(country)).stream()
                .map(c -> new ChangeView(c.at(), c.by(), json.readTree(c.before()), json.readTree(c.after()))).toList();
    }

    private static String known(String country) {
        if (!TaxFreeRules.COUNTRIES.contains(country)) {
            throw RequestRejected.invalid(List.of(new Violation("country", "tax-free.country", country)));
        }
        return country;
    }
}

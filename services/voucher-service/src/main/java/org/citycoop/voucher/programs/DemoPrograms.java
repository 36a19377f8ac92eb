package org.citycoop.voucher.programs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.citycoop.platform.demo.DemoDataSet;
import org.citycoop.platform.demo.DemoIds;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Four programs as the network might run them: a Feldbach city voucher, a Ptuj voucher for three
 * Slovenian towns with a 10 % bonus, a Lenti voucher in forints, and a regional voucher of the
 * cooperation that crosses both borders. All active, so vouchers can be sold at once.
 */
@Component
@Order(10)
@RequiredArgsConstructor
class DemoPrograms implements DemoDataSet {

    static final List<ProgramTerms> PROGRAMS = List.of(
            terms("Feldbacher Stadtgutschein", "Feldbaški mestni bon", "Feldbachi városi utalvány", "Feldbach city voucher", "at-feldbach", "EUR",
                    "CITY", List.of(), List.of("10", "20", "50"), null, "0"),
            terms("Ptujer Gutschein (Ptuj, Ormož, Lenart)", "Ptujski bon (Ptuj, Ormož, Lenart)", "Ptuji utalvány (Ptuj, Ormož, Lenart)",
                    "Ptuj voucher (Ptuj, Ormož, Lenart)", "si-ptuj", "EUR", "CITIES", List.of("si-ptuj", "si-ormoz", "si-lenart"),
                    List.of("10", "25", "50"), null, "10"),
            terms("Lentier Gutschein", "Lentijski bon", "Lenti utalvány", "Lenti voucher", "hu-lenti", "HUF", "CITY", List.of(),
                    List.of("5000", "10000"), null, "0"),
            terms("Regionalgutschein der City Cooperation", "Regionalni bon City Cooperation", "City Cooperation regionális utalvány",
                    "City Cooperation regional voucher", "cooperation", "EUR", "REGION", List.of(), List.of("25", "50"),
                    new ProgramTerms.FreeAmount(new BigDecimal("5"), new BigDecimal("500")), "0"));

    private final ProgramAdministration administration;

    @Override
    public String name() {
        return "voucher-service/demo-programs";
    }

    @Override
    public String load() {
        for (ProgramTerms program : PROGRAMS) {
            var draft = administration.draft(program, DemoIds.program(program.names().get("en")));
            administration.activate(draft.id());
        }
        return PROGRAMS.size() + " programs active";
    }

    private static ProgramTerms terms(String de, String sl, String hu, String en, String issuer, String currency, String coverage,
            List<String> cities, List<String> denominations, ProgramTerms.@org.jspecify.annotations.Nullable FreeAmount free, String bonus) {
        return new ProgramTerms(Map.of("de", de, "sl", sl, "hu", hu, "en", en), issuer, currency, coverage, cities,
                denominations.stream().map(BigDecimal::new).toList(), free, 36, new BigDecimal(bonus));
    }
}

package org.citycoop.voucher.bulk.decision;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.voucher.issuance.decision.Offer;
import org.citycoop.voucher.issuance.decision.ProgramAsked;
import org.jspecify.annotations.Nullable;

/**
 * An employer's order of one bearer voucher per employee, as loaded: the program and what it sells, the employer, the
 * country of employment, an amount for every employee (a row may name its own), and the employee list as read.
 */
public record BulkOrder(ProgramAsked program, @Nullable String companyName, @Nullable String companyVatId, @Nullable String country,
        @Nullable BigDecimal amountEach, @Nullable String currency, @Nullable String paymentMethod, EmployeeRows employees) {

    /** The employer's name without surrounding blanks. */
    public String company() {
        return companyName == null ? "" : companyName.strip();
    }

    /** The VAT id as tax offices write it: {@code ATU13585627} for "atu 135.856-27". */
    public String vatId() {
        return companyVatId == null ? "" : companyVatId.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
    }

    /** The country of employment's calendar, which the tax-free periods follow. */
    public static ZoneId zoneOf(@Nullable String country) {
        return switch (country == null ? "" : country) {
            case "SI" -> PartnerCity.SI_PTUJ.zone();
            case "HU" -> PartnerCity.HU_LENTI.zone();
            default -> PartnerCity.AT_FELDBACH.zone();
        };
    }

    /** What the program sells: there is one once the offer policies allowed. */
    Offer offer() {
        return Objects.requireNonNull(program.offer(), "the program's offer");
    }
}

package org.citycoop.voucher.issuance;

import org.citycoop.contracts.money.Currency;
import org.citycoop.voucher.issuance.decision.Issuing;
import org.citycoop.voucher.issuance.decision.Offer;
import org.citycoop.voucher.programs.Program;

/** A stored program as the decisions read it: what it sells ({@link Offer}) and what makes its vouchers' worth ({@link Issuing.Terms}). */
public final class Offers {

    private Offers() {
    }

    public static Offer of(Program program) {
        var free = program.freeAmount();
        return new Offer(program.id(), program.names().get("en"), Offer.Status.valueOf(program.status().name()), Currency.valueOf(program.currency()),
                program.denominations(), free == null ? null : free.min(), free == null ? null : free.max());
    }

    static Issuing.Terms terms(Program program) {
        return new Issuing.Terms(program.issuer(), program.validityMonths(), program.bonusPercent());
    }
}
